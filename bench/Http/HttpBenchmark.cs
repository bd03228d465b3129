using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Ctg.Participation.Bench.Http;

/// <summary>
/// Starts the portal on a generated database and drives the main public pages with wrk, beside /ping (no database,
/// no page) as the ceiling of the same server in the same run. Prints requests/s, p50 and p99 per page and each page's
/// throughput as a share of the ceiling, as a markdown table. <c>--cache off</c> starts the portal with its output
/// cache turned off (<c>OutputCache:Enabled=false</c>), so every request renders the page as for a first visit or a
/// signed-in person; <c>--cache both</c> runs the pages once per setting, each on a portal of its own.
/// </summary>
public static partial class HttpBenchmark
{
    public sealed record Result(string Name, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors, long Non2xx);

    /// <summary>The output-cache settings to measure, from <c>--cache on|off|both</c>.</summary>
    public static IReadOnlyList<bool> CacheSettings(string option) => option switch
    {
        "on" => [true],
        "off" => [false],
        "both" => [true, false],
        _ => throw new ArgumentException("--cache takes on, off or both"),
    };

    public static async Task<int> RunAsync(string databasePath, int connections, string duration, int threads, int port, int deepPages,
        IReadOnlyList<bool> cacheSettings, string pages = "all")
    {
        if (!File.Exists(databasePath)) throw new FileNotFoundException("Generate it first: dotnet run -c Release --project bench -- seed --database " + databasePath);
        if (!CommandExists("wrk")) throw new InvalidOperationException("wrk is missing: apt-get install wrk (Debian package).");
        foreach (var cache in cacheSettings) await RunOnceAsync(databasePath, connections, duration, threads, port, deepPages, cache, pages);
        return 0;
    }

    private static async Task RunOnceAsync(string databasePath, int connections, string duration, int threads, int port, int deepPages, bool cache, string pages)
    {
        await using var portal = await PortalProcess.StartAsync(databasePath, port, cache);
        Console.Error.WriteLine($"Portal up at {portal.BaseUrl}");
        var backOffice = pages == "public" ? null : await BackOfficeBenchmark.RunAsync(portal.BaseUrl, databasePath, duration, threads);
        if (pages == "back-office") { Console.WriteLine(backOffice); return; }
        IReadOnlyList<BenchTargets.Target> targets;
        using (var http = Client(portal.BaseUrl)) targets = await BenchTargets.BuildAsync(databasePath, http, deepPages);

        // Every path must answer 200 before it is measured: a benchmark of error pages measures nothing.
        using (var http = Client(portal.BaseUrl))
        {
            foreach (var target in targets)
            {
                using var response = await http.GetAsync(target.Paths[0]);
                Console.Error.WriteLine($"{(int)response.StatusCode} {target.Paths[0]}");
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), "ctg-bench", "wrk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var results = new List<Result>();
        try
        {
            foreach (var target in targets)
            {
                var script = Path.Combine(folder, $"t{results.Count}.lua");
                await File.WriteAllTextAsync(script, LuaScript(target.Paths));
                await WarmUpAsync(portal.BaseUrl, script, connections, threads, target.Name);
                var result = await RunWrkAsync(portal.BaseUrl, script, connections, duration, threads);
                results.Add(result with { Name = target.Name });
                Console.Error.WriteLine($"{target.Name}: {result.RequestsPerSecond:F0} req/s, p50 {result.P50Ms:F1} ms, p99 {result.P99Ms:F1} ms");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var ceiling = results[0].RequestsPerSecond;
        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"HTTP benchmark — output cache {(cache ? "on" : "off")}, {Environment.ProcessorCount} cores ({CpuModel()}), wrk {connections} connections, {threads} threads, {duration} per page, SQLite {new FileInfo(databasePath).Length / 1024 / 1024} MB");
        output.AppendLine();
        output.AppendLine("| page | requests/s | p50 (ms) | p99 (ms) | share of ceiling | errors / non-2xx | p99 < 50 ms | ≥ 25 % of ceiling |");
        output.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | :---: | :---: |");
        var missed = 0;
        foreach (var r in results)
        {
            var share = r.RequestsPerSecond / ceiling;
            var isCeiling = ReferenceEquals(r, results[0]);
            var fastEnough = r.P99Ms < 50;
            var shareOk = isCeiling || share >= 0.25;
            if (!fastEnough || !shareOk || r.Errors + r.Non2xx > 0) missed++;
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.RequestsPerSecond:F0} | {r.P50Ms:F1} | {r.P99Ms:F1} | {share * 100:F0} % | {r.Errors} / {r.Non2xx} | {(fastEnough ? "yes" : "**no**")} | {(isCeiling ? "—" : shareOk ? "yes" : "**no**")} |");
        }
        Console.WriteLine(output.ToString());
        Console.WriteLine(missed == 0 ? "All targets met." : $"{missed} page(s) missed a target.");
        if (backOffice is not null) Console.WriteLine(Environment.NewLine + backOffice);
        Console.WriteLine();
    }

    private static HttpClient Client(string baseUrl)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };
        BenchTargets.BehindProxy(http);
        return http;
    }

    internal static string LuaScript(IReadOnlyList<string> paths, string? cookie = null)
    {
        var list = string.Join(",\n  ", paths.Select(p => "\"" + p.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
        return $$"""
            local paths = {
              {{list}}
            }
            local i = 0
            wrk.headers["X-Forwarded-Proto"] = "https"
            {{(cookie is null ? "" : $"wrk.headers[\"Cookie\"] = \"{cookie}\"")}}
            request = function()
              i = (i % #paths) + 1
              return wrk.format("GET", paths[i])
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("BENCH requests=%d duration_us=%d errors=%d non2xx=%d p50_us=%d p99_us=%d\n",
                summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
                latency:percentile(50), latency:percentile(99)))
            end
            """;
    }

    /// <summary>The longest warm-up of one page: ten runs of <see cref="WarmUpRun"/>.</summary>
    public const int MaxWarmUpRuns = 10;

    public const string WarmUpRun = "3s";

    /// <summary>
    /// Drives the page until its throughput settles, before it is measured. The portal's code reaches its final form
    /// only after about half a minute of load on a fresh process (.NET compiles each method quickly first, then again with
    /// what it saw run): the first page measured after start-up ran at a third of its later speed after the two seconds of
    /// warm-up this benchmark used to give, and its figure said more about the start than about the page.
    /// </summary>
    internal static async Task WarmUpAsync(string baseUrl, string script, int connections, int threads, string name)
    {
        var rates = new List<double>();
        do rates.Add((await RunWrkAsync(baseUrl, script, connections, WarmUpRun, threads)).RequestsPerSecond);
        while (!IsWarm(rates));
        Console.Error.WriteLine($"warm-up {name}: {string.Join(" → ", rates.Select(r => r.ToString("F0", CultureInfo.InvariantCulture)))} req/s");
    }

    /// <summary>
    /// Warm once the last three runs lie within a tenth of their mean (two alike could be the slow plateau before .NET
    /// recompiles), or after <see cref="MaxWarmUpRuns"/> runs whatever they say.
    /// </summary>
    public static bool IsWarm(IReadOnlyList<double> rates)
    {
        if (rates.Count >= MaxWarmUpRuns) return true;
        if (rates.Count < 3) return false;
        var last = rates.Skip(rates.Count - 3).ToList();
        var mean = last.Average();
        return mean > 0 && last.Max() - last.Min() <= 0.1 * mean;
    }

    internal static async Task<Result> RunWrkAsync(string baseUrl, string script, int connections, string duration, int threads)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", duration, "--timeout", "10s", "-s", script, baseUrl })
        {
            start.ArgumentList.Add(arg);
        }
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        var errors = await wrk.StandardError.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var match = BenchLine().Match(output);
        if (!match.Success) throw new InvalidOperationException("wrk gave no result:\n" + output + errors);
        long Value(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var requests = Value("requests");
        return new Result("", requests / (Value("duration") / 1e6), Value("p50") / 1000.0, Value("p99") / 1000.0, requests, Value("errors"), Value("non2xx"));
    }

    private static bool CommandExists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, name)));

    public static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    [GeneratedRegex("BENCH requests=(?<requests>\\d+) duration_us=(?<duration>\\d+) errors=(?<errors>\\d+) non2xx=(?<non2xx>\\d+) p50_us=(?<p50>\\d+) p99_us=(?<p99>\\d+)")]
    private static partial Regex BenchLine();

}
