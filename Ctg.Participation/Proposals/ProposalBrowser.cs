using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>
/// Reads proposals: the filtered, sorted, keyset-paged list and the territories of the forms. The filter options and
/// the CTG, axis and commune ids behind the filters' slugs come from <see cref="ProposalFilterCatalogue"/> (in memory),
/// so a list costs the database its count and its page, nothing else; the host keeps the counts
/// (<see cref="ProposalListCounts"/>), so a list read again costs its page alone, and the matches of common searches
/// (<see cref="ProposalSearchMatches"/>), so their pages in another order than the newest test rows in memory.
/// </summary>
public sealed class ProposalBrowser(PortalDbContext db, ProposalFilterCatalogue catalogue, ProposalListCounts? counts = null,
    ProposalSearchMatches? searchMatches = null)
{
    /// <summary>Without the host's shared catalogue (benchmark, library tests): a catalogue of its own, nothing kept.</summary>
    public ProposalBrowser(PortalDbContext db) : this(db, new ProposalFilterCatalogue(new TerritoryCatalogue(TimeProvider.System)))
    {
    }

    /// <summary>How many of the newest matches a search page reads first (<see cref="SqliteProposalSearch.NewestMatches"/>); tests lower it to walk every path.</summary>
    public int SearchNewestMatches { get; init; } = SqliteProposalSearch.NewestMatches;

    public sealed record Option(string Value, string Label);

    public sealed record FilterOptions(IReadOnlyList<Option> Conventions, IReadOnlyList<Option> Axes, IReadOnlyList<Option> Municipalities);

    /// <summary>A CTG's communes and axes, by id, for the proposal form.</summary>
    public sealed record Territory(int ConventionId, string ConventionName, IReadOnlyList<Option> Municipalities, IReadOnlyList<Option> Axes);

    public sealed record ListItem(int Id, string Title, string ConventionName, ProposalStatus Status, int SupportCount, int CommentCount,
        DateTimeOffset PublishedAt, string AuthorName, bool IsAssisted, bool IsWithdrawn, ModerationState Moderation);

    /// <summary><see cref="Total"/> is counted up to <see cref="CountLimit"/> + 1: above it, the page says "more than".</summary>
    public sealed record ListPage(IReadOnlyList<ListItem> Items, int Total, ProposalCursor? Next)
    {
        public bool IsTotalCapped => Total > CountLimit;
    }

    /// <summary>
    /// The count stops here: counting every match of a department-wide list (or of a free-text search, which reads
    /// every row) cost more than the page itself, for a figure nobody reads beyond "more than a thousand".
    /// </summary>
    public const int CountLimit = 1000;

    /// <summary>Drops filter values that name nothing known (an old link, a typo): they fall back to "all".</summary>
    public async Task<ProposalQuery> NormalizeAsync(ProposalQuery query, CancellationToken ct = default)
    {
        var known = await catalogue.GetAsync(db, ct);
        int? conventionId = null;
        if (query.Ctg is { } ctg)
        {
            conventionId = known.Convention(ctg)?.Id;
            if (conventionId is null) query = query with { Ctg = null };
        }
        if (query.Axe is { } axe && known.AxisIds(axe, conventionId).Count == 0) query = query with { Axe = null };
        if (query.Commune is { } insee && known.MunicipalityIds(insee, conventionId).Count == 0) query = query with { Commune = null };
        return query;
    }

    public async Task<Territory?> TerritoryAsync(string slug, CancellationToken ct = default)
    {
        var known = await catalogue.GetAsync(db, ct);
        return known.Convention(slug) is { } convention ? known.Territory(convention.Id) : null;
    }

    /// <summary>From the in-memory catalogue (forgotten when a CTG, commune or axis changes): no query.</summary>
    public async Task<Territory?> TerritoryAsync(int conventionId, CancellationToken ct = default) =>
        (await catalogue.GetAsync(db, ct)).Territory(conventionId);

    public async Task<FilterOptions> FilterOptionsAsync(string? ctg, CancellationToken ct = default) =>
        (await catalogue.GetAsync(db, ct)).Options(ctg);

    public async Task<ListPage> ListAsync(ProposalQuery query, CancellationToken ct = default)
    {
        // Slugs to ids in memory: the filters are then columns of the proposals and of their link tables, with indexes.
        var known = await catalogue.GetAsync(db, ct);
        // One opening of the connection for the page's reads (up to four for a search), instead of one each: taking a
        // pooled connection and giving it back cost a search page a twelfth of its time.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await ListOpenAsync(query, known, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ListPage> ListOpenAsync(ProposalQuery query, ProposalFilterCatalogue.Snapshot known, CancellationToken ct)
    {
        var search = query.Text is null ? null : ProposalSearch.For(db, SearchNewestMatches, searchMatches);
        var counted = Filter(db.Proposals, query, known);
        // Hidden content is never found by its words.
        if (search is not null) counted = search.Matching(counted.Where(p => p.Moderation == ModerationState.Visible), query.Text!);
        var countQuery = counted.OrderByDescending(p => p.Id).Take(CountLimit + 1);
        var total = counts is null
            ? await countQuery.CountAsync(ct)
            : await counts.GetAsync(ProposalListCounts.Key(query), () => countQuery.CountAsync(ct));

        List<PageRow> rows;
        if (search is null) rows = await ReadPageAsync(counted, query, ct);
        else
        {
            var source = await search.ForPageAsync(db.Proposals, query.Text!, query.Sort, query.Sort == ProposalSort.Recent ? query.After?.Id : null, ct);
            if (source.Matches is { } matches)
            {
                rows = await WalkAsync(Filter(db.Proposals, query, known).Where(p => p.Moderation == ModerationState.Visible), matches, query, ct);
            }
            else
            {
                rows = await ReadPageAsync(Filter(source.Proposals, query, known).Where(p => p.Moderation == ModerationState.Visible), query, ct);
                // The newest matches held too few rows for a page (other filters set them aside): read from every match.
                if (source.NewestOnly && rows.Count <= query.PageSize) rows = await ReadPageAsync(counted, query, ct);
            }
        }

        var items = rows.Take(query.PageSize).Select(r => new ListItem(r.Id, r.Title, known.ConventionName(r.ConventionId) ?? "", r.Status, r.SupportCount, r.CommentCount,
            r.PublishedAt!.Value, r.IsAssisted ? FormerParticipant.NameOr(r.AssistedAuthorName) : FormerParticipant.NameOr(r.AuthorName),
            r.IsAssisted, r.WithdrawnAt is not null, r.Moderation)).ToList();
        ProposalCursor? next = null;
        if (rows.Count > query.PageSize)
        {
            var last = items[^1];
            next = new ProposalCursor(query.Sort switch
            {
                ProposalSort.MostSupported => last.SupportCount,
                ProposalSort.MostCommented => last.CommentCount,
                _ => 0,
            }, last.Id);
        }
        return new ListPage(items, total, next);
    }

    private sealed record PageRow(int Id, string Title, int ConventionId, ProposalStatus Status, int SupportCount, int CommentCount,
        DateTimeOffset? PublishedAt, string? AuthorName, string? AssistedAuthorName, bool IsAssisted, DateTimeOffset? WithdrawnAt, ModerationState Moderation);

    /// <summary>One page in the query's order from its cursor, and one row more to know whether another page follows.</summary>
    private static Task<List<PageRow>> ReadPageAsync(IQueryable<Proposal> page, ProposalQuery query, CancellationToken ct) =>
        Ordered(page, query).Take(query.PageSize + 1)
            .Select(p => new PageRow(p.Id, p.Title, p.ConventionId, p.Status, p.SupportCount, p.CommentCount, p.PublishedAt,
                p.Author != null ? p.Author.DisplayName : null, p.AssistedAuthorName, p.IsAssisted, p.WithdrawnAt, p.Moderation))
            .ToListAsync(ct);

    /// <summary>The rows after the query's cursor, in its order.</summary>
    private static IQueryable<Proposal> Ordered(IQueryable<Proposal> page, ProposalQuery query)
    {
        if (query.After is { } after)
        {
            page = query.Sort switch
            {
                ProposalSort.MostSupported => page.Where(p => p.SupportCount < after.Key || (p.SupportCount == after.Key && p.Id < after.Id)),
                ProposalSort.MostCommented => page.Where(p => p.CommentCount < after.Key || (p.CommentCount == after.Key && p.Id < after.Id)),
                // "Recent" is the order of submission: ids only grow, so the id alone is the key (and its index is the primary key).
                _ => page.Where(p => p.Id < after.Id),
            };
        }
        return query.Sort switch
        {
            ProposalSort.MostSupported => page.OrderByDescending(p => p.SupportCount).ThenByDescending(p => p.Id),
            ProposalSort.MostCommented => page.OrderByDescending(p => p.CommentCount).ThenByDescending(p => p.Id),
            _ => page.OrderByDescending(p => p.Id),
        };
    }

    private sealed record Position(long Key, int Id);

    /// <summary>
    /// A page of a common search whose matches are in memory: the order's keys (an index read, no row) in growing
    /// batches, kept when their id matches, until the page and one more are found or the rows end; then those rows.
    /// </summary>
    private async Task<List<PageRow>> WalkAsync(IQueryable<Proposal> candidates, ProposalSearchMatches.IdSet matches, ProposalQuery query, CancellationToken ct)
    {
        var wanted = query.PageSize + 1;
        var found = new List<int>(wanted);
        var walked = query;
        // A common search matches a quarter of the rows or more: four times the page is usually one batch.
        for (var batch = wanted * 4; found.Count < wanted; batch = Math.Min(batch * 2, 4096))
        {
            var ordered = Ordered(candidates, walked).Take(batch);
            var keys = await (walked.Sort == ProposalSort.MostCommented
                ? ordered.Select(p => new Position(p.CommentCount, p.Id))
                : ordered.Select(p => new Position(p.SupportCount, p.Id))).ToListAsync(ct);
            found.AddRange(keys.Where(k => matches.Contains(k.Id)).Select(k => k.Id).Take(wanted - found.Count));
            if (keys.Count < batch) break;
            walked = walked with { After = new ProposalCursor(keys[^1].Key, keys[^1].Id) };
        }
        return found.Count == 0 ? [] : await ReadPageAsync(db.Proposals.Where(p => EF.Parameter(found).Contains(p.Id)), query with { After = null }, ct);
    }

    /// <summary>Every filter but the words, on the given proposals (published ones only).</summary>
    private static IQueryable<Proposal> Filter(IQueryable<Proposal> proposals, ProposalQuery query, ProposalFilterCatalogue.Snapshot known)
    {
        var filtered = proposals.AsNoTracking().Where(p => p.PublishedAt != null);
        int? conventionId = null;
        if (query.Ctg is { } ctg)
        {
            conventionId = known.Convention(ctg)?.Id ?? -1;
            filtered = filtered.Where(p => p.ConventionId == conventionId);
        }
        if (query.Axe is { } axe)
        {
            var axisIds = known.AxisIds(axe, conventionId);
            filtered = axisIds.Count == 1
                ? filtered.Where(p => p.Axes.Any(a => a.AxisId == axisIds[0]))
                : filtered.Where(p => p.Axes.Any(a => axisIds.Contains(a.AxisId)));
        }
        if (query.Commune is { } insee)
        {
            var municipalityIds = known.MunicipalityIds(insee, conventionId);
            filtered = municipalityIds.Count == 1
                ? filtered.Where(p => p.Municipalities.Any(m => m.MunicipalityId == municipalityIds[0]))
                : filtered.Where(p => p.Municipalities.Any(m => municipalityIds.Contains(m.MunicipalityId)));
        }
        if (query.Status is { } status) filtered = filtered.Where(p => p.Status == status);
        return filtered;
    }
}
