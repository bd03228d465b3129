using System.Diagnostics;
using System.Globalization;
using Ctg.Participation.Bench.Seeding.Parts;
using Ctg.Participation.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Bench.Seeding;

/// <summary>
/// Fills a fresh SQLite database with a department-scale portal: applies the EF migrations, then runs the seed parts
/// in order, each inserting through prepared statements inside batched transactions. Deterministic for a seed.
/// </summary>
public static class DataGenerator
{
    /// <summary>
    /// The parts, in order. A feature seeds its data by adding its part here, after the parts whose ids it uses.
    /// </summary>
    public static IReadOnlyList<ISeedPart> Parts() =>
    [
        new ConventionsPart(),
        new AccountsPart(),
        new ProposalsPart(),
        new SupportsPart(),
        new CommentsPart(),
        new InitiativesPart(),
        new WallsPart(),
        new SurveysPart(),
        new MeetingsPart(),
        new CooperationPart(),
        new DepartmentNetworkPart(),
    ];

    public sealed record PartTiming(string Name, TimeSpan Elapsed, string Summary);

    public static IReadOnlyList<PartTiming> Run(string databasePath, SeedOptions options, TextWriter? log = null)
    {
        var path = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" }) File.Delete(file);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var timings = new List<PartTiming>();

        var clock = Stopwatch.StartNew();
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connectionString).Options);
        db.Database.Migrate();
        timings.Add(new("Migrations", clock.Elapsed, $"{db.Database.GetAppliedMigrations().Count()} migrations"));
        log?.WriteLine($"{timings[^1].Name}: {timings[^1].Elapsed.TotalSeconds:F1} s ({timings[^1].Summary})");

        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            // Bulk loading: no journal and no fsync; a crash leaves a half-filled file, which is regenerated.
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
            using (var context = new SeedContext(options, db, connection))
            {
                foreach (var part in Parts())
                {
                    clock.Restart();
                    var summary = part.Run(context);
                    context.Commit();
                    timings.Add(new(part.Name, clock.Elapsed, summary));
                    log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{part.Name}: {clock.Elapsed.TotalSeconds:F1} s ({summary})"));
                }
            }
            // The portal runs in write-ahead-log mode (DatabaseStartup); leave the file as it would find it.
            Execute(connection, "PRAGMA journal_mode=WAL;");
        }
        SqliteConnection.ClearAllPools();
        return timings;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
