using System.Diagnostics;
using System.Net;
using Ctg.Participation.Testing;

namespace Ctg.Participation.ScaleOut.Tests.Processes;

/// <summary>
/// One real portal process: the built host (web/bin/Release/net10.0/Ctg.Participation.Web.dll) started with
/// <c>dotnet</c> on a loopback port, in Production, with the department's settings as command-line arguments.
/// </summary>
public sealed class PortalProcess(string name, string folder, IReadOnlyDictionary<string, string> settings) : IDisposable
{
    private Process? process;

    public string Name { get; } = name;

    public int Port { get; } = ServerProcess.FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public bool IsRunning => process is { HasExited: false };

    public string Log => Path.Combine(folder, Name + ".log");

    public static string HostDll
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "web", "bin", "Release", "net10.0", "Ctg.Participation.Web.dll");
                if (File.Exists(Path.Combine(dir.FullName, "Ctg.Participation.sln")) && File.Exists(candidate)) return candidate;
            }
            throw new InvalidOperationException("web/bin/Release/net10.0/Ctg.Participation.Web.dll not found: build the solution in Release first.");
        }
    }

    public async Task StartAsync(TimeSpan timeout)
    {
        var arguments = new List<string> { HostDll, "--urls", Address.ToString().TrimEnd('/') };
        foreach (var (key, value) in settings) arguments.Add($"--{key}={value}");
        File.AppendAllText(Log, $"---- start {DateTime.UtcNow:O}\n");
        process = ServerProcess.Start("dotnet", arguments, Log, Path.GetDirectoryName(HostDll),
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_NOLOGO"] = "1" });
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Name} exited ({process.ExitCode}): {Tail()}");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).StartsWith("Healthy", StringComparison.Ordinal)) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Name} not healthy after {timeout}: {Tail()}");
            await Task.Delay(200);
        }
    }

    /// <summary>As a crash or a hard stop during a deployment: the process is gone at once, its sockets closed by the system.</summary>
    public void Kill()
    {
        ServerProcess.Kill(process);
        process = null;
    }

    /// <summary>A client of this instance sharing <paramref name="cookies"/> with the department's other instances.</summary>
    public PortalClient Client(CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address });

    public string Tail()
    {
        try
        {
            var lines = File.ReadAllLines(Log);
            return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 40)));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    public void Dispose() => Kill();
}
