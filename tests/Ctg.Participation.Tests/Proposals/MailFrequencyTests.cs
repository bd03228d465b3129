using Ctg.Participation.Notifications;

namespace Ctg.Participation.Tests.Proposals;

public sealed class MailFrequencyTests
{
    [Fact]
    public void Daily_digest_is_the_default() => Assert.Equal(MailFrequency.DailyDigest, new NotificationPreference().Frequency);

    [Theory]
    [InlineData(MailFrequency.DailyDigest, 1)]
    [InlineData(MailFrequency.WeeklyDigest, 7)]
    public void Digest_comes_once_per_period(MailFrequency frequency, int days) =>
        Assert.Equal(TimeSpan.FromDays(days), MailFrequencies.DigestInterval(frequency));

    [Theory]
    [InlineData(MailFrequency.Never)]
    [InlineData(MailFrequency.Immediately)]
    public void Never_and_immediate_have_no_digest(MailFrequency frequency) => Assert.Null(MailFrequencies.DigestInterval(frequency));
}
