using Ctg.Participation.Bench.Http;

namespace Ctg.Participation.Bench.Tests;

/// <summary>A page is measured once its throughput has settled, not after a fixed two seconds.</summary>
public sealed class WarmUpTests
{
    [Fact]
    public void A_page_still_speeding_up_is_not_warm()
    {
        Assert.False(HttpBenchmark.IsWarm([213]));
        Assert.False(HttpBenchmark.IsWarm([213, 298]));
        Assert.False(HttpBenchmark.IsWarm([213, 298, 279, 296, 444, 822]));
    }

    [Fact]
    public void A_page_is_warm_once_two_runs_in_a_row_agree_within_a_tenth()
    {
        Assert.True(HttpBenchmark.IsWarm([213, 298, 279, 296, 444, 822, 781]));
        Assert.True(HttpBenchmark.IsWarm([1000, 1100]));
        Assert.False(HttpBenchmark.IsWarm([1000, 1101]));
    }

    [Fact]
    public void A_page_that_never_settles_is_measured_after_ten_runs()
    {
        var rates = Enumerable.Range(1, HttpBenchmark.MaxWarmUpRuns).Select(i => i % 2 == 0 ? 500.0 : 1000.0).ToList();
        Assert.False(HttpBenchmark.IsWarm(rates[..^1]));
        Assert.True(HttpBenchmark.IsWarm(rates));
    }
}
