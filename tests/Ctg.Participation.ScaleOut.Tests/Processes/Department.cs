using System.Net;
using Npgsql;

namespace Ctg.Participation.ScaleOut.Tests.Processes;

/// <summary>
/// A department deployment made of real processes: its own PostgreSQL cluster and Redis server (so that the tests may
/// stop them), and two portal processes A and B sharing both, as deploy/ sets them up behind nginx.
/// </summary>
public sealed class Department : IAsyncLifetime
{
    public const string Member = "membre.reseau@ctg-demo.test";
    public const string Coordinator = "coordination.alpes-d-azur@ctg-demo.test";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "ctg-department-" + Guid.NewGuid().ToString("N")[..8]);
    public PostgresCluster Postgres { get; private set; } = null!;
    public RedisProcess Redis { get; private set; } = null!;
    public PortalProcess A { get; private set; } = null!;
    public PortalProcess B { get; private set; } = null!;
    public int WallId { get; private set; }

    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(240);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Postgres = new PostgresCluster(Folder);
        Redis = new RedisProcess(Folder);
        await Task.WhenAll(Postgres.InitAsync(), Redis.StartAsync());
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = Postgres.ConnectionString("ctg_department"),
            ["Redis:Configuration"] = Redis.Configuration,
            ["Redis:Prefix"] = "ctg-department",
            ["Redis:ProbeIntervalMs"] = "250",
            // A loaded build machine (load average far above its two cores) must not take a slow answer for an outage.
            ["Redis:OperationTimeoutMs"] = "1500",
            ["DemoData:Enabled"] = "true",
            ["DemoData:Contributions"] = "true",
            ["Jobs:Enabled"] = "false",
            ["Indicators:PublicCacheSeconds"] = "0",
            ["Mail:PickupDirectory"] = Path.Combine(Folder, "mail"),
            ["Walls:ImageDirectory"] = Path.Combine(Folder, "murs"),
            ["Proposals:ImageDirectory"] = Path.Combine(Folder, "propositions"),
            ["Walls:OperationsPerTenSeconds"] = "1000",
            ["RateLimits:WritesPerMinute"] = "10000",
            ["RateLimits:AccountAttemptsPerMinute"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Ctg.Participation.Web.Extensions"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore.SignalR"] = "Debug",
            ["Logging:Console:TimestampFormat"] = "HH:mm:ss.fff ",
        };
        A = new PortalProcess("A", Folder, settings);
        B = new PortalProcess("B", Folder, settings);
        await A.StartAsync(StartTimeout); // migrations and demo data first
        await B.StartAsync(StartTimeout);
        await using var connection = new NpgsqlConnection(Postgres.ConnectionString("ctg_department"));
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT \"Id\" FROM \"Walls\" WHERE \"Slug\" = 'fete-des-familles'", connection);
        WallId = (int)(await query.ExecuteScalarAsync())!;
        await WarmUpAsync(A);
        await WarmUpAsync(B);
    }

    /// <summary>Before each scenario: every server up (a previous scenario that failed half-way may have left one down).</summary>
    public async Task EnsureAllUpAsync()
    {
        if (!Redis.IsRunning) await Redis.StartAsync();
        try
        {
            await Postgres.StartAsync();
        }
        catch (InvalidOperationException)
        {
            // Already running.
        }
        foreach (var instance in new[] { A, B })
        {
            if (!instance.IsRunning)
            {
                await instance.StartAsync(StartTimeout);
                await WarmUpAsync(instance);
            }
        }
    }

    /// <summary>A freshly started process compiles its pages, queries and hub paths on first use: do that before any timing.</summary>
    public async Task WarmUpAsync(PortalProcess instance)
    {
        var cookies = await SignInAsync(instance, Coordinator);
        await using var session = await WallSession.OpenAsync("échauffement", cookies, WallId, () => instance);
        await session.AddCardAsync("échauffement " + instance.Name);
        await session.WaitUntilAsync(s => s.Count("échauffement " + instance.Name) >= 1, TimeSpan.FromSeconds(30), "its own card");
    }

    /// <summary>Signs in through <paramref name="instance"/>; the cookie opens the account on every instance (keys in the database).</summary>
    public static async Task<CookieContainer> SignInAsync(PortalProcess instance, string email)
    {
        var cookies = new CookieContainer();
        using var client = instance.Client(cookies);
        await client.SignInAsync(email);
        return cookies;
    }

    /// <summary>/health of an instance, and how long it took to answer.</summary>
    public static async Task<(HttpStatusCode Status, string Text, TimeSpan Took)> HealthAsync(PortalProcess instance)
    {
        using var http = new HttpClient { BaseAddress = instance.Address, Timeout = TimeSpan.FromSeconds(10) };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await http.GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), watch.Elapsed);
    }

    /// <summary>Polls /health until it starts with <paramref name="status"/> (it must say so within <paramref name="timeout"/>).</summary>
    public static async Task WaitForHealthAsync(PortalProcess instance, string status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (_, text, _) = await HealthAsync(instance);
            if (text.StartsWith(status, StringComparison.Ordinal)) return;
            if (DateTime.UtcNow > deadline) Assert.Fail($"/health of {instance.Name} still says {text} after {timeout}; log:\n{instance.Tail()}");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        B?.Dispose();
        A?.Dispose();
        Redis?.Dispose();
        if (Postgres is not null) await Postgres.DisposeAsync();
        // The processes' logs outlive the run, for a failure's diagnosis.
        var logs = Path.Combine(Path.GetTempPath(), "ctg-department-logs", Path.GetFileName(Folder));
        Directory.CreateDirectory(logs);
        foreach (var log in Directory.GetFiles(Folder, "*.log")) File.Copy(log, Path.Combine(logs, Path.GetFileName(log)), overwrite: true);
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
