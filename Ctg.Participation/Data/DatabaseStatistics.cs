using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Data;

/// <summary>
/// The planner's statistics. SQLite keeps none until ANALYZE runs, and without them it guesses: a CTG's search page
/// read the CTG's 27,000 proposals through its index instead of the few hundred matching ids it was handed (2.7 ms instead of
/// 0.08 ms on the generated department). <c>analysis_limit</c> samples each index (50 ms for a 650 MB file), so this
/// runs at start-up, once the demo data is in, and once a day (<c>Web.Jobs.DatabaseStatisticsJob</c>) as the tables
/// grow. The full-text index of the proposals is merged into one segment at the same moments
/// (<see cref="Proposals.SqliteProposalSearch.OptimizeSql"/>). PostgreSQL's autovacuum keeps its own statistics, and
/// its GIN index needs no merge.
/// </summary>
public static class DatabaseStatistics
{
    public static async Task RefreshAsync(PortalDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync(Proposals.SqliteProposalSearch.OptimizeSql, ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE;", ct);
    }
}
