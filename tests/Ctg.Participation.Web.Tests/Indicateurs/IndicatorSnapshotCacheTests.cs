using System.Net;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Indicateurs;

/// <summary>
/// The anonymous public dashboard comes from the output cache; storing a new snapshot evicts it, so the next visitor
/// reads the new figures and their new time.
/// </summary>
public sealed class IndicatorSnapshotCacheTests(IndicatorSnapshotCacheTests.CachingSnapshotPortal factory) : IClassFixture<IndicatorSnapshotCacheTests.CachingSnapshotPortal>
{
    public sealed class CachingSnapshotPortal : PortalFactory
    {
        public CachingSnapshotPortal()
        {
            Settings["OutputCache:Enabled"] = "true";
            Settings["Indicators:SnapshotHours"] = "24";
        }
    }

    private const string Url = "/indicateurs?ctg=alpes-d-azur";

    private static async Task<(string Html, bool FromCache)> AnonymousAsync(PortalClient client)
    {
        using var response = await client.Http.GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Age is not null);
    }

    private async Task<T> WithSnapshotsAsync<T>(Func<IndicatorSnapshots, PortalDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IndicatorSnapshots>(), scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    [Fact]
    public async Task Storing_a_new_snapshot_evicts_the_cached_public_dashboard()
    {
        var ctg = await WithSnapshotsAsync((_, db) => db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync());
        await WithSnapshotsAsync((snapshots, _) => snapshots.ComputeAsync(ctg));
        var now = DateTimeOffset.UtcNow.AddHours(-2);
        var earlier = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        // Behind the portal's back (no eviction): the stored figures are two hours old.
        await WithSnapshotsAsync((_, db) => db.IndicatorSnapshots.Where(s => s.ConventionId == ctg).ExecuteUpdateAsync(s => s.SetProperty(x => x.ComputedAt, earlier)));
        var oldTime = "Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(earlier);
        using var visitor = factory.CreatePortalClient();

        // A write committed at start-up evicts once more a moment later, by design: by the third visit the page is cached.
        var cached = false;
        for (var visit = 0; visit < 3 && !cached; visit++)
        {
            var page = await AnonymousAsync(visitor);
            Assert.Contains(oldTime, page.Html);
            cached = page.FromCache;
        }
        Assert.True(cached, "the public dashboard was not served from the cache");

        var stored = await WithSnapshotsAsync((snapshots, _) => snapshots.ComputeAsync(ctg));

        var after = await AnonymousAsync(visitor);
        Assert.DoesNotContain(oldTime, after.Html);
        Assert.Contains("Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(stored.ComputedAt), after.Html);
    }
}
