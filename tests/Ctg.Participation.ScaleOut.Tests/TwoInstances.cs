using System.Net;
using Ctg.Participation.Data;
using Ctg.Participation.Testing;
using Ctg.Participation.Walls;
using Ctg.Participation.Web.Walls;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.ScaleOut.Tests;

/// <summary>The servers of this run, from test.sh; a missing one fails the test (never a silent skip).</summary>
public static class TestServers
{
    public static string Postgres => PortalFactory.PostgresServer
        ?? throw new InvalidOperationException("CTG_TEST_POSTGRES is not set: run these tests through ./test.sh, which starts PostgreSQL and Redis.");

    public static string Redis => Environment.GetEnvironmentVariable("CTG_TEST_REDIS") is { Length: > 0 } redis ? redis
        : throw new InvalidOperationException("CTG_TEST_REDIS is not set: run these tests through ./test.sh, which starts PostgreSQL and Redis.");
}

/// <summary>One portal instance of a department deployment: PostgreSQL, Redis, settings shared with its siblings.</summary>
public sealed class PortalInstance : PortalFactory
{
    public PortalInstance(IDictionary<string, string?> shared)
    {
        foreach (var (key, value) in shared) Settings[key] = value;
    }

    /// <summary>A hub connection on this instance carrying the given cookie header.</summary>
    public async Task<HubConnection> ConnectAsync(string cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri("https://localhost"), WallsWebExtensions.HubPath), options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["Cookie"] = cookie;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>A client of this instance whose cookies live in <paramref name="cookies"/> (shareable with another instance).</summary>
    public PortalClient ClientWith(CookieContainer cookies) =>
        new(new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = Server.CreateHandler() })
        {
            BaseAddress = new Uri("https://localhost"),
        });
}

/// <summary>
/// Two instances behind an imaginary load balancer: one PostgreSQL database, one Redis, one mail pickup folder.
/// Instance A starts first (migrations, demo data), then B on the same database.
/// </summary>
public class TwoInstances : IAsyncLifetime
{
    public PortalInstance A { get; private set; } = null!;
    public PortalInstance B { get; private set; } = null!;
    public Mailbox Mailbox => A.Mailbox;

    public virtual async Task InitializeAsync()
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = "ctg_scaleout_" + Guid.NewGuid().ToString("N") }.ToString();
        var shared = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = database,
            ["Redis:Configuration"] = TestServers.Redis,
            ["Redis:Prefix"] = "ctg-test-" + Guid.NewGuid().ToString("N")[..8],
            ["Walls:OperationsPerTenSeconds"] = "1000",
            // What is checked here is the work shared through Redis, not the circuit: a Redis call slowed past the
            // default 500 ms by a loaded machine (several fixtures start two instances each at once) must not trip it,
            // or each instance works alone for a second and a wall change or a presence list stays on its side.
            ["Redis:OperationTimeoutMs"] = "5000",
        };
        Configure(shared);
        A = new PortalInstance(shared);
        _ = A.Services; // starts A: migrations and demo data
        shared["Mail:PickupDirectory"] = A.Mailbox.Folder;
        B = new PortalInstance(shared);
        _ = B.Services;
        // On a loaded machine an instance's Redis connection may still be opening when it starts serving: the tests
        // begin once both say « redis: Healthy » (or after 30 s, when the tests then say what is wrong).
        await WaitForRedisAsync(A);
        await WaitForRedisAsync(B);
    }

    private static async Task WaitForRedisAsync(PortalInstance instance)
    {
        using var client = instance.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync("/health");
            if ((await response.Content.ReadAsStringAsync()).Contains("redis: Healthy", StringComparison.Ordinal)) return;
            await Task.Delay(200);
        }
    }

    /// <summary>Settings a family of tests adds to both instances (e.g. the page cache, off in the test host).</summary>
    protected virtual void Configure(IDictionary<string, string?> shared)
    {
    }

    public Task<WallDirectory.WallPlace> NewWallAsync() => NewWallAsync(A);

    /// <summary>A new wall on the first network of Alpes d'Azur (the demo member's), created through <paramref name="instance"/>.</summary>
    public static async Task<WallDirectory.WallPlace> NewWallAsync(PortalFactory instance)
    {
        using var scope = instance.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var network = await db.ThematicNetworks.Where(n => n.Convention!.Slug == "alpes-d-azur").OrderBy(n => n.Id).Select(n => n.Slug).FirstAsync();
        var directory = scope.ServiceProvider.GetRequiredService<WallDirectory>();
        var place = await directory.FindNetworkAsync("alpes-d-azur", network);
        return await directory.CreateAsync(place!, "Mur réparti " + Guid.NewGuid().ToString("N")[..6], false);
    }

    /// <summary>Signs in through <paramref name="instance"/> and returns the cookie header.</summary>
    public static async Task<string> SignInAsync(PortalInstance instance, string email)
    {
        var cookies = new CookieContainer();
        using var client = instance.ClientWith(cookies);
        await client.SignInAsync(email);
        return cookies.GetCookieHeader(new Uri("https://localhost"));
    }

    public async Task DisposeAsync()
    {
        // B first: A's dispose drops the shared database.
        await B.DisposeAsync();
        await A.DisposeAsync();
        using var connection = new Npgsql.NpgsqlConnection(TestServers.Postgres);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{new Npgsql.NpgsqlConnectionStringBuilder(A.Settings["ConnectionStrings:Default"]).Database}\" WITH (FORCE)";
        Npgsql.NpgsqlConnection.ClearAllPools();
        await drop.ExecuteNonQueryAsync();
    }
}
