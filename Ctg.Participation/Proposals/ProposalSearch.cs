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
    /// <summary>The proposals matching every word: the shape for counting them (each match read once).</summary>
    IQueryable<Proposal> Matching(IQueryable<Proposal> proposals, string text);

    /// <summary>
    /// The proposals matching every word, shaped for reading one page of them in <paramref name="sort"/>'s order (below
    /// <paramref name="beforeId"/> for the newest first): the database may be handed the newest matches only, or walk the
    /// order's index and test each row, rather than read every match first.
    /// </summary>
    Task<SearchPageSource> ForPageAsync(DbSet<Proposal> proposals, string text, ProposalSort sort, int? beforeId, CancellationToken ct = default);
}

/// <summary>
/// What a page of a search reads. <see cref="NewestOnly"/>: these are the newest matches only, so a page found short
/// (other filters set most of them aside) must be read again from every match. <see cref="Matches"/>: every match of a
/// common search in memory; the page walks the order's index over all proposals and keeps the rows it holds.
/// </summary>
public sealed record SearchPageSource(IQueryable<Proposal> Proposals, bool NewestOnly, ProposalSearchMatches.IdSet? Matches = null);

public static class ProposalSearch
{
    /// <summary>The search of the context's provider: FTS5 on SQLite, tsvector (French configuration) on PostgreSQL.</summary>
    public static IProposalSearch For(PortalDbContext db, int newestMatches = SqliteProposalSearch.NewestMatches, ProposalSearchMatches? matches = null) =>
        db.Database.ProviderName == PortalDatabase.NpgsqlProviderName ? new PostgresProposalSearch() : new SqliteProposalSearch(db, newestMatches, matches);

    /// <summary>The query's words, normalised like the stored text; nothing but letters and digits survive.</summary>
    internal static IReadOnlyList<string> Words(string text) =>
        PortalText.ForSearch(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0).Distinct().ToList();
}

/// <summary>
/// SQLite: an external-content FTS5 table <c>ProposalSearch</c> over Proposals.SearchText (porter stemming, so
/// plurals match), kept in step by triggers (created by the MultiInstance migration). The matching ids are a subquery.
/// A page of a search reads less (<see cref="ForPageAsync"/>).
/// </summary>
public sealed class SqliteProposalSearch(PortalDbContext db, int newestMatches = SqliteProposalSearch.NewestMatches, ProposalSearchMatches? matches = null)
    : IProposalSearch
{
    /// <summary>
    /// A page of a search first reads this many of the newest matching ids from the full-text index (about 50 µs). Fewer:
    /// they are every match, and the page reads those rows alone. As many: newest first, the page reads among them; in
    /// another order, a common word (a quarter of the proposals or more, like « parents », in half of them on the
    /// generated department) is read by walking the order's index and asking the full-text index about each row
    /// (1 ms instead of 18 ms for a CTG's most supported), a rarer one by reading all its matches first.
    /// </summary>
    public const int NewestMatches = 128;

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

    /// <summary>
    /// Merges the index's segments into one. Each write transaction adds a small segment and FTS5 merges them only
    /// partly as it goes, so a query reads every segment: on the generated department, merged, the newest matches of a
    /// word cost 45 µs instead of 117 and a CTG's most supported page of a common word 360 µs instead of 917. About 0.7 s
    /// for 100,000 proposals; run with the planner's statistics (<see cref="Data.DatabaseStatistics"/>).
    /// </summary>
    public const string OptimizeSql = """INSERT INTO "ProposalSearch"("ProposalSearch") VALUES ('optimize');""";

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
        var match = Match(words);
        var ids = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"ProposalSearch\" WHERE \"ProposalSearch\" MATCH {match}");
        return proposals.Where(p => ids.Contains(p.Id));
    }

    public async Task<SearchPageSource> ForPageAsync(DbSet<Proposal> proposals, string text, ProposalSort sort, int? beforeId,
        CancellationToken ct = default)
    {
        var words = ProposalSearch.Words(text);
        if (words.Count == 0) return new(proposals, false);
        var match = Match(words);
        // A common search already in memory, read from the index as it is now: nothing more to ask the index. Only a
        // search once found common costs this reading; a rarer one goes on as before.
        var inMemory = matches is not null && sort != ProposalSort.Recent;
        if (inMemory && matches!.Knows(match) && await IndexVersionAsync(ct) is { } version && matches.Find(match, version) is { } known)
            return new(proposals, false, known);
        var below = sort == ProposalSort.Recent && beforeId is { } id ? id : int.MaxValue;
        // FTS5 reads its index backwards for ORDER BY rowid DESC, so this stops after the newest matches.
        var newest = await db.Database.SqlQuery<int>($"""
            SELECT rowid AS "Value" FROM "ProposalSearch" WHERE "ProposalSearch" MATCH {match} AND rowid < {below}
            ORDER BY rowid DESC LIMIT {newestMatches}
            """).ToListAsync(ct);
        // One parameter (a JSON array) rather than one per id: the statement's text, and SQLite's plan of it, stay the same.
        var newestSet = proposals.Where(p => EF.Parameter(newest).Contains(p.Id));
        if (newest.Count < newestMatches) return new(newestSet, false);
        if (sort == ProposalSort.Recent) return new(newestSet, true);

        var highest = await proposals.MaxAsync(p => (int?)p.Id, ct) ?? 0;
        var common = (long)newest.Count * 4 >= highest - newest[^1] + 1;
        if (!common) return new(Matching(proposals, text), false);
        if (inMemory && await IndexVersionAsync(ct) is { } indexVersion)
        {
            // Read once (a few ms for tens of thousands of matches), then kept while the index does not change.
            var all = await db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ProposalSearch" WHERE "ProposalSearch" MATCH {match}""").ToListAsync(ct);
            var ids = ProposalSearchMatches.IdSet.Of(all);
            matches!.Keep(match, indexVersion, ids);
            return new(proposals, false, ids);
        }
        // A plain subquery in FROM, which SQLite flattens: the outer filters and order drive, the match is a test per row.
        return new(proposals.FromSql($"""
            SELECT * FROM "Proposals" AS "q"
            WHERE EXISTS (SELECT 1 FROM "ProposalSearch" AS "s" WHERE "s"."ProposalSearch" MATCH {match} AND "s".rowid = "q"."Id")
            """), false);
    }

    /// <summary>
    /// The full-text index's structure record (FTS5 keeps it at row 10 of its data table): every write to the index
    /// (a proposal added, its text edited, a merge) rewrites it, so two equal readings saw the same index. Read with a
    /// plain command on the context's connection: through EF Core's query pipeline, this one-row read cost a common
    /// search's page a tenth of its time.
    /// </summary>
    private async Task<byte[]?> IndexVersionAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = IndexVersionSql;
            return await command.ExecuteScalarAsync(ct) as byte[];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string IndexVersionSql = """SELECT "block" FROM "ProposalSearch_data" WHERE "id" = 10""";

    // Each word quoted: a phrase of one token, so FTS5 operators typed by a visitor mean nothing.
    private static string Match(IReadOnlyList<string> words) => string.Join(" AND ", words.Select(w => "\"" + w + "\""));
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

    /// <summary>PostgreSQL's planner weighs the GIN index against the order's index by itself.</summary>
    public Task<SearchPageSource> ForPageAsync(DbSet<Proposal> proposals, string text, ProposalSort sort, int? beforeId,
        CancellationToken ct = default) =>
        Task.FromResult(new SearchPageSource(Matching(proposals, text), false));
}
