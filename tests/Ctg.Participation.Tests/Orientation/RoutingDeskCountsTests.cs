using Ctg.Participation.PublicContent;
using Ctg.Participation.Routing;
using Microsoft.Extensions.Time.Testing;

namespace Ctg.Participation.Tests.Orientation;

public sealed class RoutingDeskCountsTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private int counted;

    private Task<RoutingDeskCounts.Counts> Count() => Task.FromResult(new RoutingDeskCounts.Counts(100 + ++counted, 3));

    private static readonly RoutingDesk.Filter New = new(null, null, null, RoutingDesk.StatusFilter.New);

    [Fact]
    public async Task The_desk_is_counted_once_per_filter_until_any_write_and_again_after_a_minute()
    {
        var counts = new RoutingDeskCounts(clock);
        var key = RoutingDeskCounts.Key(1, ContributionKind.Proposal, New);

        Assert.Equal(101, (await counts.GetAsync(key, Count)).Total);
        Assert.Equal(101, (await counts.GetAsync(key, Count)).Total);
        Assert.Equal(102, (await counts.GetAsync(RoutingDeskCounts.Key(1, ContributionKind.Proposal, New with { Age = RoutingDesk.AgeFilter.OverAMonth }), Count)).Total);
        Assert.Equal(103, (await counts.GetAsync(RoutingDeskCounts.Key(2, ContributionKind.Proposal, New), Count)).Total);

        counts.Changed([PublicPages.Directory]); // any write: a routing, an answer, a new contribution of any kind
        Assert.Equal(104, (await counts.GetAsync(key, Count)).Total);
        clock.Advance(RoutingDeskCounts.MaxAge);
        Assert.Equal(105, (await counts.GetAsync(key, Count)).Total);
    }

    [Fact]
    public async Task Counts_made_during_a_write_are_shown_once_and_never_more_than_the_limit_are_kept()
    {
        var counts = new RoutingDeskCounts(clock);
        var key = RoutingDeskCounts.Key(1, ContributionKind.Proposal, New);
        Assert.Equal(101, (await counts.GetAsync(key, async () =>
        {
            var during = await Count();
            counts.Changed([PublicPages.Proposals]);
            return during;
        })).Total);
        Assert.Equal(102, (await counts.GetAsync(key, Count)).Total);

        for (var i = 0; i < RoutingDeskCounts.MaxEntries + 10; i++)
            await counts.GetAsync(RoutingDeskCounts.Key(i, ContributionKind.Proposal, New), Count);
        Assert.InRange(counts.Kept, 1, RoutingDeskCounts.MaxEntries);
    }
}
