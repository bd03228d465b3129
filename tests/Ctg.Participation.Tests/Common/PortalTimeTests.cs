using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Microsoft.Extensions.Time.Testing;

namespace Ctg.Participation.Tests.Common;

public sealed class PortalTimeTests
{
    [Fact]
    public void Today_is_the_day_in_Paris_not_in_UTC()
    {
        // 23:30 UTC on 10 March is 00:30 on 11 March in Paris (UTC+1 in winter).
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 10, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2027, 3, 11), PortalTime.Today(clock));
        // 22:30 UTC on 10 July is 00:30 on 11 July in Paris (UTC+2 in summer).
        Assert.Equal(new DateOnly(2027, 7, 11), PortalTime.DayOf(new DateTimeOffset(2027, 7, 10, 22, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_action_due_yesterday_in_Paris_is_late_just_after_midnight_in_Paris()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 10, 23, 30, 0, TimeSpan.Zero));
        var action = new PlanAction { DueDate = new DateOnly(2027, 3, 10), Status = PlanActionStatus.InProgress };
        Assert.True(action.IsLate(PortalTime.Today(clock)));
        Assert.False(action.IsLate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
    }

    [Fact]
    public void Paris_wall_clock_and_instants_round_trip_across_the_summer_change()
    {
        var local = new DateTime(2027, 3, 28, 14, 0, 0);
        var at = PortalTime.FromParis(local);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 12, 0, 0, TimeSpan.Zero), at);
        Assert.Equal(local, PortalTime.ToParis(at));
        Assert.Equal(new DateTimeOffset(2027, 1, 14, 23, 0, 0, TimeSpan.Zero), PortalTime.StartOf(new DateOnly(2027, 1, 15)));
    }
}
