using Ctg.Participation.Home;
using Ctg.Participation.PublicContent;
using Microsoft.Extensions.Time.Testing;

namespace Ctg.Participation.Tests.Home;

public sealed class HomeFeedMemoTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private int read;

    private Task<HomeFeed.Feed> Read() => Read([], []);

    private Task<HomeFeed.Feed> Read(HomeFeed.SurveyItem[] surveys, HomeFeed.MeetingItem[] meetings)
    {
        read++;
        return Task.FromResult(new HomeFeed.Feed(surveys, [], [], meetings, [], [], new HomeFeed.Figures(2026, 10 + read, 5, 2)));
    }

    [Fact]
    public async Task The_feed_is_read_once_until_a_write_evicts_the_home_page()
    {
        var memo = new HomeFeedMemo(clock);

        Assert.Equal(11, (await memo.GetAsync(null, Read)).Figures.Contributions);
        Assert.Equal(11, (await memo.GetAsync(null, Read)).Figures.Contributions);
        Assert.Equal(12, (await memo.GetAsync(7, Read)).Figures.Contributions); // each CTG's home apart

        memo.Changed([PublicPages.Directory]);
        Assert.Equal(11, (await memo.GetAsync(null, Read)).Figures.Contributions);

        memo.Changed([PublicPages.Home, PublicPages.Proposals]);
        Assert.Equal(13, (await memo.GetAsync(null, Read)).Figures.Contributions);
        memo.Changed([PublicPages.Everything]);
        Assert.Equal(14, (await memo.GetAsync(null, Read)).Figures.Contributions);
    }

    [Fact]
    public async Task A_feed_older_than_a_minute_is_read_again_for_the_writes_of_other_instances()
    {
        var memo = new HomeFeedMemo(clock);
        await memo.GetAsync(null, Read);
        clock.Advance(HomeFeedMemo.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Equal(11, (await memo.GetAsync(null, Read)).Figures.Contributions);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(12, (await memo.GetAsync(null, Read)).Figures.Contributions);
    }

    [Fact]
    public async Task A_feed_is_read_again_when_a_survey_it_lists_closes_or_a_meeting_it_lists_starts()
    {
        var memo = new HomeFeedMemo(clock);
        var now = clock.GetUtcNow();
        HomeFeed.SurveyItem[] closingSoon = [new(1, "Enquête", "CA", now.AddSeconds(20))];
        await memo.GetAsync(null, () => Read(closingSoon, []));
        clock.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal(1, read);
        await memo.GetAsync(null, Read);
        Assert.Equal(1, read);
        clock.Advance(TimeSpan.FromSeconds(1));
        await memo.GetAsync(null, Read);
        Assert.Equal(2, read); // the survey closed: it must leave the home at once

        HomeFeed.MeetingItem[] startingSoon = [new(1, "Réunion", "ca", "CA", clock.GetUtcNow().AddSeconds(5), "Mairie")];
        memo.Changed([PublicPages.Home]);
        await memo.GetAsync(null, () => Read([], startingSoon));
        clock.Advance(TimeSpan.FromSeconds(5));
        await memo.GetAsync(null, Read);
        Assert.Equal(4, read);
    }

    [Fact]
    public async Task A_feed_read_while_a_write_was_heard_is_shown_once_and_not_kept()
    {
        var memo = new HomeFeedMemo(clock);
        Assert.Equal(11, (await memo.GetAsync(null, async () =>
        {
            var during = await Read();
            memo.Changed([PublicPages.Home]);
            return during;
        })).Figures.Contributions);
        Assert.Equal(12, (await memo.GetAsync(null, Read)).Figures.Contributions);
    }
}
