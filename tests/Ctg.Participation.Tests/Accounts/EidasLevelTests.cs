using Ctg.Participation.ExternalIdentities;

namespace Ctg.Participation.Tests.Accounts;

public sealed class EidasLevelTests
{
    [Theory]
    [InlineData("eidas1", true)]
    [InlineData("eidas2", true)]
    [InlineData("eidas3", true)]
    [InlineData("eidas0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("EIDAS1", false)]
    [InlineData("https://refeds.org/profile/mfa", false)]
    public void Only_eidas1_and_above_are_accepted(string? acr, bool accepted) => Assert.Equal(accepted, EidasLevel.IsAtLeastEidas1(acr));

    [Fact]
    public void The_portal_asks_for_the_least_it_needs()
    {
        Assert.Equal(["openid", "given_name", "family_name", "email"], ExternalProvider.Scopes);
        Assert.DoesNotContain(ExternalProvider.Scopes, s => s.Contains("birth", StringComparison.Ordinal));
    }
}
