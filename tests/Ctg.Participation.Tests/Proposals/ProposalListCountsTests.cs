using Ctg.Participation.Proposals;
using Ctg.Participation.PublicContent;
using Microsoft.Extensions.Time.Testing;

namespace Ctg.Participation.Tests.Proposals;

public sealed class ProposalListCountsTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private int counted;

    private Task<int> Count() => Task.FromResult(100 + ++counted);

    private static string Key(string? ctg = null, string? text = null) =>
        ProposalListCounts.Key(ProposalQuery.Default with { Ctg = ctg, Text = text });

    [Fact]
    public async Task A_list_is_counted_once_until_a_proposal_changes()
    {
        var counts = new ProposalListCounts(clock);

        Assert.Equal(101, await counts.GetAsync(Key("nice"), Count));
        Assert.Equal(101, await counts.GetAsync(Key("nice"), Count));
        Assert.Equal(102, await counts.GetAsync(Key("antibes"), Count)); // each filter apart

        counts.Changed([PublicPages.Directory]);
        Assert.Equal(101, await counts.GetAsync(Key("nice"), Count));
        counts.Changed([PublicPages.Proposal(7), PublicPages.Proposals]);
        Assert.Equal(103, await counts.GetAsync(Key("nice"), Count));
        counts.Changed([PublicPages.Everything]);
        Assert.Equal(104, await counts.GetAsync(Key("nice"), Count));
    }

    [Fact]
    public async Task Order_position_and_page_size_share_a_count_and_words_are_normalised()
    {
        Assert.Equal(Key(text: "Crèches  Parents"), ProposalListCounts.Key(
            ProposalQuery.Default with { Text = "creches parents", Sort = ProposalSort.MostSupported, PageSize = 50, After = new ProposalCursor(3, 9) }));
        Assert.NotEqual(Key(text: "creches"), Key(text: "parents"));
        Assert.NotEqual(Key(), Key(text: "!!!")); // a search of no word still leaves hidden proposals out
        Assert.NotEqual(Key("nice"), ProposalListCounts.Key(ProposalQuery.Default with { Ctg = "nice", Status = ProposalStatus.AEtude }));

        var counts = new ProposalListCounts(clock);
        await counts.GetAsync(Key(text: "Crèches"), Count);
        Assert.Equal(101, await counts.GetAsync(Key(text: "creches"), Count));
    }

    [Fact]
    public async Task A_count_older_than_a_minute_is_counted_again_and_one_made_during_a_write_is_not_kept()
    {
        var counts = new ProposalListCounts(clock);
        await counts.GetAsync(Key(), Count);
        clock.Advance(ProposalListCounts.MaxAge);
        Assert.Equal(102, await counts.GetAsync(Key(), Count));

        Assert.Equal(103, await counts.GetAsync(Key("nice"), async () =>
        {
            var during = await Count();
            counts.Changed([PublicPages.Proposals]);
            return during;
        }));
        Assert.Equal(104, await counts.GetAsync(Key("nice"), Count));
    }

    [Fact]
    public async Task Endless_filters_never_hold_more_than_the_limit()
    {
        var counts = new ProposalListCounts(clock);
        for (var i = 0; i < ProposalListCounts.MaxEntries + 50; i++) await counts.GetAsync(Key(text: "mot" + i), Count);
        Assert.InRange(counts.Kept, 1, ProposalListCounts.MaxEntries);
    }
}
