using Ctg.Participation.Home;
using Ctg.Participation.PublicContent;
using Microsoft.Extensions.Time.Testing;

namespace Ctg.Participation.Tests.Home;

public sealed class HomeFiguresTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private int counted;

    private Task<HomeFeed.Figures> Count()
    {
        counted++;
        return Task.FromResult(new HomeFeed.Figures(2026, 10 + counted, 5, 2));
    }

    [Fact]
    public async Task The_figures_are_counted_once_until_a_write_evicts_the_home_page()
    {
        var figures = new HomeFigures(clock);

        Assert.Equal(11, (await figures.GetAsync(null, 2026, Count)).Contributions);
        Assert.Equal(11, (await figures.GetAsync(null, 2026, Count)).Contributions);
        Assert.Equal(12, (await figures.GetAsync(7, 2026, Count)).Contributions); // each CTG's home apart

        figures.Changed([PublicPages.Directory]);
        Assert.Equal(11, (await figures.GetAsync(null, 2026, Count)).Contributions);

        figures.Changed([PublicPages.Home, PublicPages.Proposals]);
        Assert.Equal(13, (await figures.GetAsync(null, 2026, Count)).Contributions);
        figures.Changed([PublicPages.Everything]);
        Assert.Equal(14, (await figures.GetAsync(null, 2026, Count)).Contributions);
    }

    [Fact]
    public async Task Figures_older_than_a_minute_are_counted_again_for_the_writes_of_other_instances()
    {
        var figures = new HomeFigures(clock);
        await figures.GetAsync(null, 2026, Count);
        clock.Advance(HomeFigures.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Equal(11, (await figures.GetAsync(null, 2026, Count)).Contributions);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(12, (await figures.GetAsync(null, 2026, Count)).Contributions);
    }

    [Fact]
    public async Task Figures_counted_while_a_write_was_heard_are_shown_once_and_not_kept()
    {
        var figures = new HomeFigures(clock);
        Assert.Equal(11, (await figures.GetAsync(null, 2026, async () =>
        {
            var during = await Count();
            figures.Changed([PublicPages.Home]);
            return during;
        })).Contributions);
        Assert.Equal(12, (await figures.GetAsync(null, 2026, Count)).Contributions);
    }
}
