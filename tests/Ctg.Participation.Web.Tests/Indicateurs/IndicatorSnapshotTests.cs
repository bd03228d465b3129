using System.Net;
using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Jobs;
using Ctg.Participation.Proposals;
using Ctg.Participation.Testing;
using Ctg.Participation.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Web.Tests.Indicateurs.IndicatorPages;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Indicateurs;

/// <summary>
/// The dashboards' default views read stored snapshots (Indicators:SnapshotHours on, unlike the other test hosts):
/// they show the stored figures and when they were computed, a coordinator recomputes them on demand (not twice
/// within the minimum interval, never a resident), and the job stores one per CTG and the department and purges old ones.
/// </summary>
public sealed class IndicatorSnapshotTests(IndicatorSnapshotTests.SnapshotPortal factory) : IClassFixture<IndicatorSnapshotTests.SnapshotPortal>
{
    public sealed class SnapshotPortal : PortalFactory
    {
        public SnapshotPortal()
        {
            Settings["Indicators:SnapshotHours"] = "24";
            Settings["Indicators:RecomputeMinimumMinutes"] = "1";
        }
    }

    private const string CtgIndicators = "/coordination/alpes-d-azur/indicateurs";
    private const string Participants = "participants-distincts";

    private async Task<T> WithSnapshotsAsync<T>(Func<IndicatorSnapshots, PortalDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IndicatorSnapshots>(), scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private Task<int> ConventionIdAsync(string slug) => QueryAsync(factory, db => db.Conventions.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    /// <summary>Sets the computation time of every snapshot of a CTG (behind the portal's back, as a past run would have left it).</summary>
    private Task<int> SetComputedAtAsync(int conventionId, DateTimeOffset at) => QueryAsync(factory, db =>
        db.IndicatorSnapshots.Where(s => s.ConventionId == conventionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ComputedAt, at)));

    private Task<List<(long Id, DateTimeOffset ComputedAt)>> SnapshotsOfAsync(int conventionId) => QueryAsync(factory, async db =>
        (await db.IndicatorSnapshots.Where(s => s.ConventionId == conventionId).Select(s => new { s.Id, s.ComputedAt }).ToListAsync())
            .Select(s => (s.Id, s.ComputedAt)).OrderBy(s => s.Id).ToList());

    /// <summary>An instant on a whole minute, so the page's « à 04 h 10 » names it exactly.</summary>
    private static DateTimeOffset HoursAgo(int hours)
    {
        var now = DateTimeOffset.UtcNow.AddHours(-hours);
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
    }

    /// <summary>New residents, each the author of one proposal published an hour ago in the CTG (this year's figures).</summary>
    private Task SeedParticipantsAsync(string ctg, int count) => QueryAsync(factory, async db =>
    {
        var convention = await db.Conventions.Where(c => c.Slug == ctg).Select(c => c.Id).SingleAsync();
        var commune = await db.Municipalities.Where(m => m.ConventionId == convention).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);
        for (var i = 0; i < count; i++)
        {
            var user = new PortalUser
            {
                Id = Guid.NewGuid().ToString(), UserName = $"instantane-{Guid.NewGuid():N}@example.org", Email = $"instantane-{Guid.NewGuid():N}@example.org",
                DisplayName = $"Habitante instantané {i}", CreatedAt = at, LastSeenAt = at,
            };
            db.Users.Add(user);
            var proposal = new Proposal
            {
                ConventionId = convention, AuthorId = user.Id, Title = $"Instantané {i}", BodyHtml = "<p>Texte</p>", SearchText = "texte",
                SubmissionKey = Guid.NewGuid(), CreatedAt = at, PublishedAt = at,
            };
            proposal.Municipalities.Add(new ProposalMunicipality { MunicipalityId = commune });
            db.Proposals.Add(proposal);
        }
        await db.SaveChangesAsync();
        return true;
    });

    private static string Text(PortalClient.Page page) => WebUtility.HtmlDecode(page.Html);

    [Fact]
    public void The_computation_time_is_written_in_french_in_paris_time()
    {
        Assert.Equal("1er décembre 2026 à 04 h 10", IndicatorSnapshots.ComputedAtText(new DateTimeOffset(2026, 12, 1, 3, 10, 0, TimeSpan.Zero)));
        Assert.Equal("14 juillet 2026 à 09 h 05", IndicatorSnapshots.ComputedAtText(new DateTimeOffset(2026, 7, 14, 7, 5, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task The_dashboards_show_the_stored_figures_and_the_time_they_were_computed()
    {
        var ctg = await ConventionIdAsync("alpes-d-azur");
        var stored = await WithSnapshotsAsync((snapshots, _) => snapshots.ComputeAsync(ctg));
        var storedParticipants = (int)stored.Measures.Single(m => m.Definition.Code == Participants).Current.Value!.Value;
        var computedAt = HoursAgo(3);
        await SetComputedAtAsync(ctg, computedAt);
        await SeedParticipantsAsync("alpes-d-azur", 2);
        using var coordinator = await SignedInAsync(factory, Coordinator);

        var page = await coordinator.GetAsync(CtgIndicators);

        // The two new participants are not in the stored figures, and the page says how old they are.
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(storedParticipants, Number(page, Participants));
        Assert.Contains("Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(computedAt), Text(page));
        using var anonymous = factory.CreatePortalClient();
        Assert.Contains("Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(computedAt), Text(await anonymous.GetAsync("/indicateurs?ctg=alpes-d-azur")));

        // A filtered view is computed live, now.
        var filtered = await coordinator.GetAsync(CtgIndicators + "?axe=parentalite");
        Assert.DoesNotContain("Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(computedAt), Text(filtered));
        Assert.Contains("Chiffres calculés le ", Text(filtered));
    }

    [Fact]
    public async Task A_coordinator_recomputes_the_figures_and_the_page_shows_the_new_ones()
    {
        var ctg = await ConventionIdAsync("alpes-d-azur");
        using var coordinator = await SignedInAsync(factory, Coordinator);
        await coordinator.GetAsync(CtgIndicators);
        var earlier = HoursAgo(2);
        await SetComputedAtAsync(ctg, earlier);
        var before = Number(await coordinator.GetAsync(CtgIndicators), Participants);
        await SeedParticipantsAsync("alpes-d-azur", 3);
        var stale = await coordinator.GetAsync(CtgIndicators);
        Assert.Equal(before, Number(stale, Participants));
        Assert.Contains($"action=\"{CtgIndicators}?handler=Recalculer\"", stale.Html);
        Assert.Contains("Recalculer les chiffres maintenant", Text(stale));

        var recompute = await coordinator.SubmitAsync(CtgIndicators, new Dictionary<string, string>(), handler: "Recalculer");

        Assert.True(recompute.IsRedirect, $"Recompute failed: {recompute.Status} {recompute.ErrorText}");
        var after = await coordinator.FollowAsync(recompute);
        Assert.Equal(before + 3, Number(after, Participants));
        Assert.DoesNotContain("Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(earlier), Text(after));
        var rows = await SnapshotsOfAsync(ctg);
        var latest = Assert.Single(rows);
        Assert.True(latest.ComputedAt > earlier.AddMinutes(30));
        Assert.Contains("Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(latest.ComputedAt), Text(after));
    }

    [Fact]
    public async Task A_resident_cannot_recompute_the_figures_of_a_ctg()
    {
        var ctg = await ConventionIdAsync("alpes-d-azur");
        using var coordinator = await SignedInAsync(factory, Coordinator);
        await coordinator.GetAsync(CtgIndicators);
        await SetComputedAtAsync(ctg, HoursAgo(2));
        var before = await SnapshotsOfAsync(ctg);
        using var resident = await SignedInAsync(factory, Resident);
        var token = (await resident.GetAsync("/propositions/nouvelle")).AntiforgeryToken;
        Assert.NotNull(token);

        var refused = await resident.PostAsync(CtgIndicators + "?handler=Recalculer", new Dictionary<string, string>(), token);

        // The portal answers a refused signed-in person with its « accès refusé » page, which answers 403.
        Assert.True(IsDenied(refused), $"Expected a refusal, got {refused.Status} {refused.Location}");
        if (refused.IsRedirect) Assert.Equal(HttpStatusCode.Forbidden, (await resident.FollowAsync(refused)).Status);
        Assert.Equal(before, await SnapshotsOfAsync(ctg));
    }

    [Fact]
    public async Task A_recompute_within_the_minimum_interval_is_refused_with_a_french_message_and_stores_nothing()
    {
        var ctg = await ConventionIdAsync("alpes-d-azur");
        using var coordinator = await SignedInAsync(factory, Coordinator);
        await coordinator.GetAsync(CtgIndicators);
        var justNow = DateTimeOffset.UtcNow.AddSeconds(-10);
        await SetComputedAtAsync(ctg, justNow);
        var before = await SnapshotsOfAsync(ctg);

        var refused = await coordinator.SubmitAsync(CtgIndicators, new Dictionary<string, string>(), handler: "Recalculer");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains($"Les chiffres ont été calculés le {IndicatorSnapshots.ComputedAtText(justNow)}, il y a moins d'une minute : attendez un peu avant de les recalculer.", Text(refused));
        Assert.Equal(before, await SnapshotsOfAsync(ctg));
    }

    [Fact]
    public async Task The_department_table_reads_the_snapshots_and_a_caf_advisor_recomputes_them_all()
    {
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        await advisor.GetAsync("/coordination/indicateurs");
        var earlier = HoursAgo(5);
        await QueryAsync(factory, db => db.IndicatorSnapshots.ExecuteUpdateAsync(s => s.SetProperty(x => x.ComputedAt, earlier)));

        var table = await advisor.GetAsync("/coordination/indicateurs");
        Assert.Contains("action=\"/coordination/indicateurs?handler=Recalculer\"", table.Html);
        Assert.Contains("Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(earlier), Text(table));

        var recompute = await advisor.SubmitAsync("/coordination/indicateurs", new Dictionary<string, string>(), handler: "Recalculer");
        Assert.True(recompute.IsRedirect, $"Recompute failed: {recompute.Status} {recompute.ErrorText}");
        var after = await advisor.FollowAsync(recompute);
        Assert.DoesNotContain("Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(earlier), Text(after));
        var conventions = await QueryAsync(factory, db => db.Conventions.CountAsync());
        var fresh = await QueryAsync(factory, db => db.IndicatorSnapshots.Where(s => s.ComputedAt > earlier.AddMinutes(30)).CountAsync());
        Assert.Equal(conventions + 1, fresh);
    }

    [Fact]
    public async Task The_public_view_of_a_snapshot_still_hides_a_small_count_of_people()
    {
        var ctg = await ConventionIdAsync("pays-de-grasse");
        var before = await WithSnapshotsAsync((snapshots, _) => snapshots.ComputeAsync(ctg));
        var known = (int)before.Measures.Single(m => m.Definition.Code == Participants).Current.Value!.Value;
        Assert.True(known < 9, "the demo department has no contribution in Pays de Grasse");
        await SeedParticipantsAsync("pays-de-grasse", 2);
        await WithSnapshotsAsync((snapshots, _) => snapshots.ComputeAsync(ctg));

        using var anonymous = factory.CreatePortalClient();
        Assert.Equal("moins de 11", Cell(await anonymous.GetAsync("/indicateurs?ctg=pays-de-grasse"), Participants));
        using var coordinator = await SignedInAsync(factory, OtherCoordinator);
        Assert.Equal(known + 2, Number(await coordinator.GetAsync("/coordination/pays-de-grasse/indicateurs"), Participants));
    }

    [Fact]
    public async Task The_job_stores_a_snapshot_per_ctg_and_for_the_department_on_one_instance_only()
    {
        await QueryAsync(factory, db => db.JobLeases.Where(l => l.Name == IndicatorSnapshotsJob.Lease).ExecuteDeleteAsync());
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        var first = ActivatorUtilities.CreateInstance<IndicatorSnapshotsJob>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<IndicatorSnapshotsJob>(factory.Services);

        var run = await first.RunOnceAsync();
        var again = await second.RunOnceAsync();

        var conventions = await QueryAsync(factory, db => db.Conventions.Select(c => c.Id).ToListAsync());
        Assert.NotNull(run);
        Assert.Equal(conventions.Count + 1, run.Stored);
        Assert.Null(again);
        var fresh = await QueryAsync(factory, async db => (await db.IndicatorSnapshots.Select(s => new { s.ConventionId, s.ComputedAt }).ToListAsync())
            .Where(s => s.ComputedAt >= started).Select(s => s.ConventionId).ToList());
        Assert.Equal(conventions.Select(id => (int?)id).Append(null).Order(), fresh.Order());
    }

    [Fact]
    public async Task The_job_purges_snapshots_older_than_seven_days()
    {
        var ctg = await ConventionIdAsync("alpes-d-azur");
        var (old, recent) = await QueryAsync(factory, async db =>
        {
            var stale = new IndicatorSnapshot { ConventionId = ctg, From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 3, 1), ComputedAt = DateTimeOffset.UtcNow.AddDays(-8), Content = "{}" };
            var kept = new IndicatorSnapshot { ConventionId = null, From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 3, 2), ComputedAt = DateTimeOffset.UtcNow.AddDays(-6), Content = "{}" };
            db.IndicatorSnapshots.AddRange(stale, kept);
            await db.SaveChangesAsync();
            return (stale.Id, kept.Id);
        });
        await QueryAsync(factory, db => db.JobLeases.Where(l => l.Name == IndicatorSnapshotsJob.Lease).ExecuteDeleteAsync());

        var run = await ActivatorUtilities.CreateInstance<IndicatorSnapshotsJob>(factory.Services).RunOnceAsync();

        Assert.NotNull(run);
        Assert.True(run.Purged >= 1);
        Assert.False(await QueryAsync(factory, db => db.IndicatorSnapshots.AnyAsync(s => s.Id == old)));
        Assert.True(await QueryAsync(factory, db => db.IndicatorSnapshots.AnyAsync(s => s.Id == recent)));
    }
}
