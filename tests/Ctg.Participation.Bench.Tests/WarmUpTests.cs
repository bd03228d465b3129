using Ctg.Participation.Bench.Http;

namespace Ctg.Participation.Bench.Tests;

/// <summary>A page is measured once its throughput has settled, not after a fixed two seconds.</summary>
public sealed class WarmUpTests
{
    [Fact]
    public void A_page_still_speeding_up_is_not_warm()
    {
        // Five-second runs of a search page after start-up: a plateau, then .NET's recompiled code.
        Assert.False(HttpBenchmark.IsWarm([285]));
        Assert.False(HttpBenchmark.IsWarm([285, 311]));
        Assert.False(HttpBenchmark.IsWarm([285, 311, 274]));
        Assert.False(HttpBenchmark.IsWarm([285, 311, 274, 382, 634, 885]));
        Assert.False(HttpBenchmark.IsWarm([285, 311, 274, 382, 634, 885, 857, 1003]));
    }

    [Fact]
    public void A_page_is_warm_once_its_last_three_runs_lie_within_a_tenth_of_their_mean()
    {
        Assert.True(HttpBenchmark.IsWarm([634, 885, 857, 1003, 1046, 971]));
        Assert.True(HttpBenchmark.IsWarm([1000, 1050, 1100]));
        Assert.False(HttpBenchmark.IsWarm([1000, 1050, 1110]));
    }

    [Fact]
    public void A_page_that_never_settles_is_measured_after_ten_runs()
    {
        var rates = Enumerable.Range(1, HttpBenchmark.MaxWarmUpRuns).Select(i => i % 2 == 0 ? 500.0 : 1000.0).ToList();
        Assert.False(HttpBenchmark.IsWarm(rates[..^1]));
        Assert.True(HttpBenchmark.IsWarm(rates));
    }
}
