using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ctg.Participation.Testing;

/// <summary>
/// The real portal host on a fresh temporary SQLite file with the demo department seeded, mail written to a temporary
/// pickup folder. One instance per test class (xunit IClassFixture); everything is deleted on dispose.
/// When the environment variable CTG_TEST_POSTGRES holds a PostgreSQL connection string (test.sh's second pass), each
/// factory runs on its own fresh PostgreSQL database instead, dropped on dispose.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "CTG_TEST_POSTGRES";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "ctg-tests", Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Folder, "portal.db");
    public Mailbox Mailbox { get; }

    /// <summary>The PostgreSQL server of this run, or null on SQLite (the default).</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>This factory's own database on <see cref="PostgresServer"/> (null on SQLite).</summary>
    public string? PostgresConnectionString { get; protected set; } = PostgresServer is { } server
        ? new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "ctg_test_" + Guid.NewGuid().ToString("N") }.ToString()
        : null;

    /// <summary>The connection settings of this factory's database, for hosts that share it.</summary>
    public Dictionary<string, string?> DatabaseSettings() => PostgresConnectionString is { } postgres
        ? new() { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Default"] = postgres }
        : new() { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}" };

    /// <summary>Settings a test class may change before the host starts (e.g. a low rate limit).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    public PortalFactory()
    {
        Directory.CreateDirectory(Folder);
        Mailbox = new Mailbox(Path.Combine(Folder, "mail"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>(DatabaseSettings())
        {
            ["Mail:PickupDirectory"] = Mailbox.Folder,
            ["DemoData:Enabled"] = "true",
            ["DemoData:Contributions"] = "false",
            ["Indicators:PublicCacheSeconds"] = "0",
            // Dashboards computed live, so a test reads its own writes at once; snapshots are proven by their own
            // tests (Indicateurs/IndicatorSnapshotTests), which turn them on.
            ["Indicators:SnapshotHours"] = "0",
            // Tests that write behind the portal's back (straight into the database) would read cached pages: the
            // page cache is proven by its own tests (PublicContent/PublicPageCacheTests), which turn it on.
            ["OutputCache:Enabled"] = "false",
            ["Jobs:Enabled"] = "false",
            // Wall card images stay in this host's temporary folder, not in the repository's data folder.
            ["Walls:ImageDirectory"] = Path.Combine(Folder, "murs"),
            ["Proposals:ImageDirectory"] = Path.Combine(Folder, "propositions"),
            ["RateLimits:WritesPerMinute"] = "10000",
            ["RateLimits:AccountAttemptsPerMinute"] = "10000",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        // Host settings, not app configuration: Program reads the connection string while building services, before
        // configuration added through ConfigureAppConfiguration would be visible.
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that keeps cookies and talks HTTPS, as the portal's cookies are Secure.</summary>
    public PortalClient CreatePortalClient() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));

    private void DropPostgresDatabase()
    {
        if (PostgresConnectionString is null || PostgresServer is null) return;
        var name = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString).Database;
        try
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            using var connection = new Npgsql.NpgsqlConnection(PostgresServer);
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
            drop.ExecuteNonQuery();
        }
        catch (Npgsql.NpgsqlException)
        {
            // The cluster is thrown away at the end of the run anyway.
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            DropPostgresDatabase();
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
