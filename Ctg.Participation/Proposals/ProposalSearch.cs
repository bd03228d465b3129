using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>
/// Full-text search over the proposals' normalised <see cref="Proposal.SearchText"/> (lower case, no accents), one
/// interface for both databases: every word of the query must appear, plural or singular alike ("Crèches" finds
/// "crèche"). The caller still applies every other filter, the order and the paging in the same query.
/// </summary>
public interface IProposalSearch
{
    IQueryable<Proposal> Matching(IQueryable<Proposal> proposals, string text);
}

public static class ProposalSearch
{
    /// <summary>The search of the context's provider: FTS5 on SQLite, tsvector (French configuration) on PostgreSQL.</summary>
    public static IProposalSearch For(PortalDbContext db) =>
        db.Database.ProviderName == PortalDatabase.NpgsqlProviderName ? new PostgresProposalSearch() : new SqliteProposalSearch(db);

    /// <summary>The query's words, normalised like the stored text; nothing but letters and digits survive.</summary>
    internal static IReadOnlyList<string> Words(string text) =>
        PortalText.ForSearch(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0).Distinct().ToList();
}

/// <summary>
/// SQLite: an external-content FTS5 table <c>ProposalSearch</c> over Proposals.SearchText (porter stemming, so
/// plurals match), kept in step by triggers (created by the MultiInstance migration). The matching ids are a subquery.
/// </summary>
public sealed class SqliteProposalSearch(PortalDbContext db) : IProposalSearch
{
    /// <summary>
    /// The FTS5 table and its triggers, idempotent: run by the migration that introduced them and again at every
    /// start-up, because a later SQLite migration that rebuilds the Proposals table drops its triggers.
    /// </summary>
    public static readonly string[] EnsureSql =
    [
        """CREATE VIRTUAL TABLE IF NOT EXISTS "ProposalSearch" USING fts5("SearchText", content='Proposals', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');""",
        """CREATE TRIGGER IF NOT EXISTS "Proposals_SearchInsert" AFTER INSERT ON "Proposals" BEGIN INSERT INTO "ProposalSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText"); END;""",
        """CREATE TRIGGER IF NOT EXISTS "Proposals_SearchDelete" AFTER DELETE ON "Proposals" BEGIN INSERT INTO "ProposalSearch"("ProposalSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText"); END;""",
        """CREATE TRIGGER IF NOT EXISTS "Proposals_SearchUpdate" AFTER UPDATE OF "SearchText" ON "Proposals" BEGIN INSERT INTO "ProposalSearch"("ProposalSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText"); INSERT INTO "ProposalSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText"); END;""",
    ];

    /// <summary>Rebuilds the index from the Proposals table (after the table or its triggers were re-created).</summary>
    public const string RebuildSql = """INSERT INTO "ProposalSearch"("ProposalSearch") VALUES ('rebuild');""";

    /// <summary>Creates what is missing; rebuilds the index when any trigger was missing (it may have missed writes).</summary>
    public static async Task EnsureAsync(PortalDbContext db, CancellationToken ct = default)
    {
        var triggers = await db.Database.SqlQuery<int>(
            $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Proposals_Search%'").SingleAsync(ct);
        if (triggers == 3) return;
        foreach (var sql in EnsureSql) await db.Database.ExecuteSqlRawAsync(sql, ct);
        await db.Database.ExecuteSqlRawAsync(RebuildSql, ct);
    }

    public IQueryable<Proposal> Matching(IQueryable<Proposal> proposals, string text)
    {
        var words = ProposalSearch.Words(text);
        if (words.Count == 0) return proposals;
        // Each word quoted: a phrase of one token, so FTS5 operators typed by a visitor mean nothing.
        var match = string.Join(" AND ", words.Select(w => "\"" + w + "\""));
        var ids = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"ProposalSearch\" WHERE \"ProposalSearch\" MATCH {match}");
        return proposals.Where(p => ids.Contains(p.Id));
    }
}

/// <summary>
/// PostgreSQL: <c>to_tsvector('french', "SearchText")</c> matched against <c>plainto_tsquery('french', …)</c>; the
/// PostgreSQL migration indexes that very expression with GIN, so the planner uses it.
/// </summary>
public sealed class PostgresProposalSearch : IProposalSearch
{
    /// <summary>The GIN index on the searched expression (run by the PostgreSQL migration set).</summary>
    public const string CreateIndexSql =
        "CREATE INDEX \"IX_Proposals_SearchVector\" ON \"Proposals\" USING GIN (to_tsvector('french', \"SearchText\"));";

    public IQueryable<Proposal> Matching(IQueryable<Proposal> proposals, string text)
    {
        var words = ProposalSearch.Words(text);
        if (words.Count == 0) return proposals;
        var query = string.Join(' ', words);
        return proposals.Where(p => EF.Functions.ToTsVector("french", p.SearchText).Matches(EF.Functions.PlainToTsQuery("french", query)));
    }
}
