using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Bench.Seeding;
using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Bench.Tests;

/// <summary>The department network's share of the generated department: real files, coherent registrations, the 3.2 figures.</summary>
public sealed class DepartmentNetworkPartTests(SmallDepartment department) : IClassFixture<SmallDepartment>
{
    [Fact]
    public async Task Shared_supports_and_network_events_are_generated_and_feed_the_3_2_figures()
    {
        var options = SeedOptions.Small;
        await using var db = department.Open();

        var supports = await db.SharedSupports.CountAsync();
        Assert.True(supports > 0);
        Assert.Equal(supports, await db.SharedSupportFiles.CountAsync());
        var file = await db.SharedSupportFiles.Select(f => f.Content).FirstAsync();
        Assert.Equal(SupportFileType.Pdf, SupportFileCheck.Check("support.pdf", file).Type);
        Assert.False(await db.SharedSupports.AnyAsync(s => !db.CoordinatorAssignments.Any(a => a.UserId == s.UploadedById && a.ConventionId == s.OriginConventionId)));
        Assert.True(await db.NetworkEventRegistrations.AnyAsync(r => r.Attended == true));

        var scope = new IndicatorScope(null, DateOnly.FromDateTime(options.Since.UtcDateTime), DateOnly.FromDateTime(options.Until.UtcDateTime));
        // T2-3.2-b counts the library's supports and the journal's « support commun du réseau » entries.
        var logged = await db.Set<CooperationEntry>().CountAsync(e => e.Kind == CooperationKind.SupportReseau && e.Date >= scope.From && e.Date <= scope.To);
        Assert.Equal(supports + logged, (await new NetworkSupportsIndicator(db).ComputeAsync(scope)).Value);
        Assert.True((await new SharingTimesIndicator(db).ComputeAsync(scope)).Value > 0);
        var ctg = await db.SharedSupports.Select(s => s.OriginConventionId!.Value).FirstAsync();
        var loggedInCtg = await db.Set<CooperationEntry>().CountAsync(e => e.ConventionId == ctg && e.Kind == CooperationKind.SupportReseau && e.Date >= scope.From && e.Date <= scope.To);
        Assert.Equal(await db.SharedSupports.CountAsync(s => s.OriginConventionId == ctg) + loggedInCtg, (await new NetworkSupportsIndicator(db).ComputeAsync(scope with { ConventionId = ctg })).Value);
    }
}
