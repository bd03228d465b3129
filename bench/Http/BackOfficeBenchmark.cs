using System.Globalization;
using System.Text;
using Ctg.Participation.Bench.Seeding.Parts;

namespace Ctg.Participation.Bench.Http;

/// <summary>
/// The back-office half of <c>bench -- http</c>: signs in once as the bench coordinator, then drives each page of
/// <see cref="BackOfficeTargets"/> with wrk at 8 connections (a coordination team, not the public), every request
/// carrying the session cookie. Target: p99 under 100 ms. Returns the markdown table.
/// </summary>
public static class BackOfficeBenchmark
{
    public const double TargetP99Ms = 100;

    public static async Task<string> RunAsync(string baseUrl, string databasePath, string duration, int threads)
    {
        var samples = BackOfficeTargets.ReadSamples(databasePath);
        var targets = BackOfficeTargets.Build(samples);
        string cookie;
        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) })
        {
            BenchTargets.BehindProxy(http);
            cookie = await BackOfficeTargets.SignInAsync(http, BenchAccounts.Coordinator, BenchAccounts.Password);
            // Every page must answer 200 signed in: a redirect to the sign-in form or a 403 measures nothing.
            foreach (var target in targets)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, target.Paths[0]);
                request.Headers.Add("Cookie", cookie);
                using var response = await http.SendAsync(request);
                Console.Error.WriteLine($"{(int)response.StatusCode} {target.Paths[0]} (signed in)");
                if ((int)response.StatusCode != 200) throw new InvalidOperationException($"{target.Paths[0]} answered {(int)response.StatusCode} signed in as {BenchAccounts.Coordinator}.");
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), "ctg-bench", "wrk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var results = new List<HttpBenchmark.Result>();
        try
        {
            foreach (var target in targets)
            {
                var script = Path.Combine(folder, $"b{results.Count}.lua");
                await File.WriteAllTextAsync(script, HttpBenchmark.LuaScript(target.Paths, cookie));
                await HttpBenchmark.WarmUpAsync(baseUrl, script, BackOfficeTargets.Connections, threads, target.Name);
                var result = await HttpBenchmark.RunWrkAsync(baseUrl, script, BackOfficeTargets.Connections, duration, threads);
                results.Add(result with { Name = target.Name });
                Console.Error.WriteLine($"{target.Name}: {result.RequestsPerSecond:F0} req/s, p50 {result.P50Ms:F1} ms, p99 {result.P99Ms:F1} ms");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return Table(results, samples, duration, threads);
    }

    private static string Table(IReadOnlyList<HttpBenchmark.Result> results, BackOfficeTargets.Samples samples, string duration, int threads)
    {
        var ceiling = results[0].RequestsPerSecond;
        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"Back-office ({BackOfficeTargets.Connections} connections, signed in as {BenchAccounts.Coordinator}, coordinator of {samples.Ctg}) — wrk {threads} threads, {duration} per page");
        output.AppendLine();
        output.AppendLine("| page | requests/s | p50 (ms) | p99 (ms) | share of ceiling | errors / non-2xx | p99 < 100 ms |");
        output.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | :---: |");
        var missed = 0;
        foreach (var r in results)
        {
            var fastEnough = r.P99Ms < TargetP99Ms;
            if (!fastEnough || r.Errors + r.Non2xx > 0) missed++;
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.RequestsPerSecond:F0} | {r.P50Ms:F1} | {r.P99Ms:F1} | {r.RequestsPerSecond / ceiling * 100:F0} % | {r.Errors} / {r.Non2xx} | {(fastEnough ? "yes" : "**no**")} |");
        }
        output.AppendLine();
        output.AppendLine(missed == 0 ? "All back-office targets met." : $"{missed} back-office page(s) missed the target.");
        return output.ToString();
    }
}
