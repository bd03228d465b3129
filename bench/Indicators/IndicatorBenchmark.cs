using System.Diagnostics;
using System.Globalization;
using Ctg.Participation.Bench.Seeding;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Bench.Indicators;

/// <summary>
/// Time to compute a CTG's full indicator set (and the department's) through <see cref="IndicatorCatalogue"/>, built
/// by the portal's own registration (AddPortal), so it measures whatever indicators the features register; then the
/// time to store the snapshots the dashboards read, and to read one back for a CTG and for the department.
/// </summary>
public static class IndicatorBenchmark
{
    public static async Task<int> RunAsync(string databasePath, string? ctgSlug, int runs)
    {
        if (!File.Exists(databasePath)) throw new FileNotFoundException("Generate it first with the seed command.", databasePath);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = BenchPaths.RepositoryRoot(), EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = "Data Source=" + Path.GetFullPath(databasePath),
            ["DemoData:Enabled"] = "false",
            ["Jobs:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddPortal();
        await using var app = builder.Build();
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var until = DateOnly.FromDateTime(SeedOptions.Default.Until.UtcDateTime).AddDays(-1);
        var from = until.AddYears(-1).AddDays(1);
        int conventionId;
        string slug;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var ctg = ctgSlug is null
                ? await db.Conventions.OrderByDescending(c => db.Proposals.Count(p => p.ConventionId == c.Id)).ThenBy(c => c.Id).Select(c => new { c.Id, c.Slug }).FirstAsync()
                : await db.Conventions.Where(c => c.Slug == ctgSlug).Select(c => new { c.Id, c.Slug }).FirstAsync();
            (conventionId, slug) = (ctg.Id, ctg.Slug);
            var catalogue = scope.ServiceProvider.GetService<IndicatorCatalogue>();
            if (catalogue is null || catalogue.Definitions.Count == 0)
            {
                Console.WriteLine("No indicator is registered (IndicatorsFeature.AddIndicator): nothing to measure yet.");
                return 0;
            }
        }

        Console.WriteLine($"Indicators benchmark — {Environment.ProcessorCount} cores ({Http.HttpBenchmark.CpuModel()}), SQLite {new FileInfo(databasePath).Length / 1024 / 1024} MB, period {from:yyyy-MM-dd} to {until:yyyy-MM-dd}, {runs} runs after one cold run");
        Console.WriteLine();
        Console.WriteLine("| scope | indicators | cold (ms) | warm median (ms) | warm max (ms) | target < 500 ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | :---: |");
        var slowest = new List<(string Code, double Ms)>();
        foreach (var (label, scope) in new[] { ($"CTG {slug}", new IndicatorScope(conventionId, from, until)), ("whole department", new IndicatorScope(null, from, until)) })
        {
            var times = new List<double>();
            var count = 0;
            for (var run = 0; run <= runs; run++)
            {
                await using var di = app.Services.CreateAsyncScope();
                var catalogue = di.ServiceProvider.GetRequiredService<IndicatorCatalogue>();
                var clock = Stopwatch.StartNew();
                count = (await catalogue.ComputeAsync(scope)).Count;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var warm = times.Skip(1).Order().ToList();
            var median = warm.Count == 0 ? times[0] : warm[warm.Count / 2];
            var max = warm.Count == 0 ? times[0] : warm[^1];
            Console.WriteLine($"| {label} | {count} | {times[0]:F0} | {median:F0} | {max:F0} | {(median < 500 ? "yes" : "**no**")} |");

            if (slowest.Count == 0)
            {
                await using var di = app.Services.CreateAsyncScope();
                foreach (var indicator in di.ServiceProvider.GetServices<IIndicator>())
                {
                    var clock = Stopwatch.StartNew();
                    await indicator.ComputeAsync(scope);
                    slowest.Add((indicator.Definition.Code, clock.Elapsed.TotalMilliseconds));
                }
            }
        }
        Console.WriteLine();
        Console.WriteLine("Slowest indicators (CTG scope, warm): " + string.Join(", ", slowest.OrderByDescending(s => s.Ms).Take(5).Select(s => $"{s.Code} {s.Ms:F0} ms")));
        await SnapshotsAsync(app, conventionId, slug, runs);
        return 0;
    }

    /// <summary>
    /// What the dashboards pay with stored snapshots (<see cref="IndicatorSnapshots"/>): computing and storing them once
    /// (the job's work), then reading one and presenting it as a page does (statistical secrecy on the public view).
    /// Their period is the portal's default view, this year up to today by the machine's clock.
    /// </summary>
    private static async Task SnapshotsAsync(WebApplication app, int conventionId, string slug, int runs)
    {
        var conventions = new List<int>();
        await using (var di = app.Services.CreateAsyncScope())
        {
            var snapshots = di.ServiceProvider.GetRequiredService<IndicatorSnapshots>();
            var scope = snapshots.DefaultScope(null);
            var clock = Stopwatch.StartNew();
            var stored = await snapshots.ComputeAllAsync();
            Console.WriteLine();
            Console.WriteLine($"Snapshots, period {scope.From:yyyy-MM-dd} to {scope.To:yyyy-MM-dd}: every CTG's and the department's computed and stored (the job's run) in {clock.Elapsed.TotalMilliseconds:F0} ms ({stored.Count} snapshots)");
            conventions.AddRange(await di.ServiceProvider.GetRequiredService<PortalDbContext>().Conventions.Select(c => c.Id).ToListAsync());
        }
        Console.WriteLine();
        Console.WriteLine("| read a stored snapshot | cold (ms) | warm median (ms) | warm max (ms) | target |");
        Console.WriteLine("| --- | ---: | ---: | ---: | :---: |");
        var reads = new (string Label, double Target, Func<IndicatorSnapshots, Task> Read)[]
        {
            ($"CTG {slug} (public view, with communes)", 200, async snapshots =>
            {
                var snapshot = await snapshots.LatestAsync(conventionId) ?? throw new InvalidOperationException("no snapshot stored");
                _ = snapshots.Report(snapshot, isPublic: true);
                _ = snapshots.Communes(snapshot, isPublic: true);
            }),
            ("whole department", 1000, async snapshots =>
            {
                var snapshot = await snapshots.LatestAsync(null) ?? throw new InvalidOperationException("no snapshot stored");
                _ = snapshots.Report(snapshot, isPublic: true);
            }),
            ($"department table ({conventions.Count} CTGs + department)", 1000, async snapshots =>
            {
                // As the page reads them: every scope's newest snapshot together.
                foreach (var snapshot in await snapshots.LatestOfEachAsync([.. conventions.Select(id => (int?)id), null]))
                {
                    _ = snapshots.Report(snapshot ?? throw new InvalidOperationException("no snapshot stored"), isPublic: false);
                }
            }),
        };
        foreach (var (label, target, read) in reads)
        {
            var times = new List<double>();
            for (var run = 0; run <= runs; run++)
            {
                await using var di = app.Services.CreateAsyncScope();
                var snapshots = di.ServiceProvider.GetRequiredService<IndicatorSnapshots>();
                var clock = Stopwatch.StartNew();
                await read(snapshots);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            var warm = times.Skip(1).Order().ToList();
            var median = warm.Count == 0 ? times[0] : warm[warm.Count / 2];
            var max = warm.Count == 0 ? times[0] : warm[^1];
            Console.WriteLine($"| {label} | {times[0]:F1} | {median:F1} | {max:F1} | {(median < target ? "yes" : "**no**")} (< {target:F0} ms) |");
        }
    }
}
