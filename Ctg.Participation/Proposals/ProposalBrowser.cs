using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>Reads proposals: the filtered, sorted, keyset-paged list and one proposal with its comments and history.</summary>
public sealed class ProposalBrowser(PortalDbContext db)
{
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
        int? conventionId = null;
        if (query.Ctg is { } ctg)
        {
            conventionId = await db.Conventions.Where(c => c.Slug == ctg).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            if (conventionId is null) query = query with { Ctg = null };
        }
        if (query.Axe is { } axe && !await db.Axes.AnyAsync(a => a.Slug == axe && (conventionId == null || a.ConventionId == conventionId), ct))
        {
            query = query with { Axe = null };
        }
        if (query.Commune is { } insee && !await db.Municipalities.AnyAsync(m => m.InseeCode == insee && (conventionId == null || m.ConventionId == conventionId), ct))
        {
            query = query with { Commune = null };
        }
        return query;
    }

    public async Task<Territory?> TerritoryAsync(string slug, CancellationToken ct = default)
    {
        var convention = await db.Conventions.AsNoTracking().Where(c => c.Slug == slug).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
        if (convention is null) return null;
        return await TerritoryAsync(convention.Id, ct);
    }

    public async Task<Territory?> TerritoryAsync(int conventionId, CancellationToken ct = default)
    {
        var name = await db.Conventions.AsNoTracking().Where(c => c.Id == conventionId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (name is null) return null;
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.ConventionId == conventionId).OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        var axes = await db.Axes.AsNoTracking().Where(a => a.ConventionId == conventionId).OrderBy(a => a.Position)
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return new Territory(conventionId, name,
            municipalities.Select(m => new Option(m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name)).ToList(),
            axes.Select(a => new Option(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Name)).ToList());
    }

    public async Task<FilterOptions> FilterOptionsAsync(string? ctg, CancellationToken ct = default)
    {
        var conventions = await db.Conventions.AsNoTracking().OrderBy(c => c.Name).Select(c => new Option(c.Slug, c.Name)).ToListAsync(ct);
        var axes = await db.Axes.AsNoTracking().Where(a => ctg == null || a.Convention!.Slug == ctg)
            .Select(a => new { a.Slug, a.Name, a.Position }).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => ctg == null || m.Convention!.Slug == ctg)
            .OrderBy(m => m.Name).Select(m => new Option(m.InseeCode, m.Name)).ToListAsync(ct);
        return new FilterOptions(conventions,
            axes.GroupBy(a => a.Slug).Select(g => g.OrderBy(a => a.Position).First()).OrderBy(a => a.Position).ThenBy(a => a.Name)
                .Select(a => new Option(a.Slug, a.Name)).ToList(),
            municipalities);
    }

    public async Task<ListPage> ListAsync(ProposalQuery query, CancellationToken ct = default)
    {
        var filtered = db.Proposals.AsNoTracking().Where(p => p.PublishedAt != null);
        if (query.Ctg is { } ctg) filtered = filtered.Where(p => p.Convention!.Slug == ctg);
        if (query.Axe is { } axe) filtered = filtered.Where(p => p.Axes.Any(a => a.Axis!.Slug == axe));
        if (query.Commune is { } insee) filtered = filtered.Where(p => p.Municipalities.Any(m => m.Municipality!.InseeCode == insee));
        if (query.Status is { } status) filtered = filtered.Where(p => p.Status == status);
        if (query.Text is { } text)
        {
            // Hidden content is never found by its words.
            filtered = ProposalSearch.For(db).Matching(filtered.Where(p => p.Moderation == ModerationState.Visible), text);
        }

        var total = await filtered.OrderByDescending(p => p.Id).Take(CountLimit + 1).CountAsync(ct);
        var page = filtered;
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
        page = query.Sort switch
        {
            ProposalSort.MostSupported => page.OrderByDescending(p => p.SupportCount).ThenByDescending(p => p.Id),
            ProposalSort.MostCommented => page.OrderByDescending(p => p.CommentCount).ThenByDescending(p => p.Id),
            _ => page.OrderByDescending(p => p.Id),
        };
        var rows = await page.Take(query.PageSize + 1)
            .Select(p => new
            {
                p.Id, p.Title, ConventionName = p.Convention!.Name, p.Status, p.SupportCount, p.CommentCount, p.PublishedAt,
                AuthorName = p.Author != null ? p.Author.DisplayName : null, p.AssistedAuthorName, p.IsAssisted, p.WithdrawnAt, p.Moderation,
            })
            .ToListAsync(ct);

        var items = rows.Take(query.PageSize).Select(r => new ListItem(r.Id, r.Title, r.ConventionName, r.Status, r.SupportCount, r.CommentCount,
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
}
