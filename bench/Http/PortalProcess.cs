using System.Diagnostics;
using System.Globalization;

namespace Ctg.Participation.Bench.Http;

/// <summary>
/// The portal as a child process on a loopback port, on the given database: Release build, no demo data, no
/// background jobs, rate limits out of the way. Stopped (by its own process id) on dispose.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    public string BaseUrl { get; }

    private PortalProcess(Process process, string baseUrl, string folder)
    {
        _process = process;
        BaseUrl = baseUrl;
        _folder = folder;
    }

    /// <param name="outputCache">False: the host's <c>OutputCache:Enabled</c> is off, every page is rendered.</param>
    public static async Task<PortalProcess> StartAsync(string databasePath, int port, bool outputCache = true)
    {
        var dll = BenchPaths.WebAssembly();
        var folder = Path.Combine(Path.GetTempPath(), "ctg-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var baseUrl = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Urls"] = baseUrl,
            ["ConnectionStrings__Default"] = "Data Source=" + Path.GetFullPath(databasePath),
            ["DemoData__Enabled"] = "false",
            ["Jobs__Enabled"] = "false",
            ["OutputCache__Enabled"] = outputCache ? "true" : "false",
            ["RateLimits__WritesPerMinute"] = "1000000",
            ["RateLimits__AccountAttemptsPerMinute"] = "1000000",
            ["Walls__OperationsPerTenSeconds"] = "1000000",
            ["Mail__PickupDirectory"] = Path.Combine(folder, "mail"),
            ["Proposals__ImageDirectory"] = Path.Combine(folder, "propositions"),
            ["Walls__ImageDirectory"] = Path.Combine(folder, "murs"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("[portal] " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("[portal] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, baseUrl, folder);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The portal exited with code {process.ExitCode} before answering /health.");
            try
            {
                using var health = await http.GetAsync(baseUrl + "/health");
                if (health.IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (waited.Elapsed > TimeSpan.FromSeconds(120))
            {
                await portal.DisposeAsync();
                throw new TimeoutException("The portal did not answer /health within 120 s.");
            }
            await Task.Delay(250);
        }
        return portal;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
