using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Ctg.Participation.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Bench.Http;

/// <summary>
/// Hosts the portal in-process on a generated database, requests each benchmarked page, records the SQL that EF
/// generated for it (with its duration) and prints SQLite's EXPLAIN QUERY PLAN for every statement. A "SCAN" of a
/// table (not of an index) on a large table is what to look at first.
/// </summary>
public static class QueryPlans
{
    public static async Task<int> RunAsync(string databasePath, int deepPages)
    {
        var recorder = new Recorder();
        await using var factory = new Host(Path.GetFullPath(databasePath), recorder);
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var targets = await BenchTargets.BuildAsync(databasePath, http, deepPages);

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var scans = 0;
        foreach (var target in targets.Where(t => t.Paths[0] != BenchTargets.Ceiling))
        {
            var path = target.Paths[0];
            (await http.GetAsync(path)).Dispose(); // warm: compiled queries, caches
            recorder.Commands.Clear();
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            var elapsed = clock.Elapsed;
            var commands = recorder.Commands.ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"## {target.Name}: GET {path} → {(int)response.StatusCode} in {elapsed.TotalMilliseconds:F1} ms, {commands.Count} queries, {commands.Sum(c => c.Duration.TotalMilliseconds):F1} ms in SQL"));
            Console.WriteLine();
            foreach (var (sql, parameters, duration) in commands)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds,7:F1} ms  {Compact(sql)}"));
                foreach (var line in Explain(connection, sql, parameters))
                {
                    var scan = line.Contains("SCAN ", StringComparison.Ordinal) && !line.Contains(" INDEX", StringComparison.Ordinal) && !line.Contains("CONSTANT ROW", StringComparison.Ordinal);
                    if (scan) scans++;
                    Console.WriteLine((scan ? "  !! " : "     ") + line);
                }
            }
            Console.WriteLine();
        }
        Console.WriteLine($"{scans} table scan(s) (marked !!): fine on small tables (CTGs, axes, communes), worth an index on large ones.");
        return 0;
    }

    private static IEnumerable<string> Explain(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var depth = new Dictionary<long, int>();
        var lines = new List<string>();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var parent = reader.GetInt64(1);
            var level = depth.TryGetValue(parent, out var d) ? d + 1 : 0;
            depth[id] = level;
            lines.Add(new string(' ', level * 2) + reader.GetString(3));
        }
        return lines;
    }

    private static string Compact(string sql)
    {
        var single = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= 220 ? single : single[..220] + " …";
    }

    private sealed class Recorder : DbCommandInterceptor
    {
        public ConcurrentQueue<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Duration)> Commands { get; } = new();

        private void Record(DbCommand command, TimeSpan duration) =>
            Commands.Enqueue((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList(), duration));

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            Record(command, eventData.Duration);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Record(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            Record(command, eventData.Duration);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Record(command, eventData.Duration);
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>The real host (Program) on the generated file: no demo data, no jobs, every query through the recorder.</summary>
    private sealed class Host(string databasePath, Recorder recorder) : WebApplicationFactory<Program>
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "ctg-bench", Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in new Dictionary<string, string>
            {
                ["ConnectionStrings:Default"] = $"Data Source={databasePath}",
                ["DemoData:Enabled"] = "false",
                ["Jobs:Enabled"] = "false",
                // The measured request follows a warm-up one: from the page cache it would send no SQL at all.
                ["OutputCache:Enabled"] = "false",
                ["Mail:PickupDirectory"] = Path.Combine(_folder, "mail"),
                ["Proposals:ImageDirectory"] = Path.Combine(_folder, "propositions"),
                ["Walls:ImageDirectory"] = Path.Combine(_folder, "murs"),
                ["Logging:LogLevel:Default"] = "Warning",
            })
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureServices(services => services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(recorder)));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
