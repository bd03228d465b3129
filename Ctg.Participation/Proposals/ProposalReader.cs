using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>One proposal as its page shows it: text, territory, answer, status history and comments.</summary>
public sealed class ProposalReader(PortalDbContext db)
{
    public sealed record Detail(int Id, int ConventionId, string ConventionSlug, string ConventionName, string Title, string BodyHtml,
        string AuthorName, string? AuthorId, string? EnteredById, bool IsAssisted, ProposalStatus Status, string? Answer,
        DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? WithdrawnAt, string? WithdrawalReason,
        int SupportCount, int CommentCount, ModerationState Moderation, string? ModerationReason, bool HasImage,
        IReadOnlyList<string> Municipalities, IReadOnlyList<int> MunicipalityIds, IReadOnlyList<string> Axes, IReadOnlyList<int> AxisIds,
        IReadOnlyList<HistoryEntry> History, IReadOnlyList<CommentView> Comments)
    {
        public bool IsPublished => PublishedAt is not null;
        public bool IsWithdrawn => WithdrawnAt is not null;
        public bool IsHidden => Moderation != ModerationState.Visible;

        public bool IsOwnedBy(string? userId) => userId is not null && (AuthorId == userId || (IsAssisted && EnteredById == userId));

        public bool CanBeEditedBy(string? userId) => IsOwnedBy(userId) && !IsWithdrawn && SupportCount == 0 && CommentCount == 0;
    }

    public sealed record HistoryEntry(ProposalStatus From, ProposalStatus To, string? Answer, string ChangedBy, DateTimeOffset ChangedAt);

    public sealed record CommentView(int Id, int? ParentId, string? AuthorId, string AuthorName, string BodyHtml, DateTimeOffset CreatedAt,
        DateTimeOffset? EditedAt, ModerationState Moderation, string? ModerationReason)
    {
        public bool IsHidden => Moderation != ModerationState.Visible;

        public bool CanBeEditedBy(string? userId, DateTimeOffset now) =>
            userId is not null && AuthorId == userId && !IsHidden && now - CreatedAt <= Comment.EditWindow;
    }

    /// <summary>The proposal's own columns, as the page reads them.</summary>
    private sealed record Row(int Id, int ConventionId, string ConventionSlug, string ConventionName, string Title, string BodyHtml,
        string? AuthorName, string? AuthorId, string? EnteredById, bool IsAssisted, string? AssistedAuthorName, ProposalStatus Status, string? Answer,
        DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt, DateTimeOffset? WithdrawnAt, string? WithdrawalReason,
        int SupportCount, int CommentCount, ModerationState Moderation, string? ModerationReason, bool HasImage);

    /// <summary>A commune or an axis of the proposal; set by member (not by constructor) so that the database can UNION it.</summary>
    private sealed class Link
    {
        public bool IsAxis { get; init; }
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public int Position { get; init; }
    }

    private sealed record HistoryRow(ProposalStatus From, ProposalStatus To, string? Answer, string? Name, DateTimeOffset ChangedAt);

    private sealed record CommentRow(int Id, int? ParentId, string? AuthorId, string? Name, string BodyHtml, DateTimeOffset CreatedAt,
        DateTimeOffset? EditedAt, ModerationState Moderation, string? ModerationReason);

    // The page's four reads are compiled once: every public page view runs them, and building, translating and looking
    // up their expression trees cost more CPU than SQLite spends answering them (key lookups).
    private static readonly Func<PortalDbContext, int, CancellationToken, Task<Row?>> ProposalOf = EF.CompileAsyncQuery(
        (PortalDbContext db, int id, CancellationToken ct) => db.Proposals.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new Row(x.Id, x.ConventionId, x.Convention!.Slug, x.Convention.Name, x.Title, x.BodyHtml,
                x.Author != null ? x.Author.DisplayName : null, x.AuthorId, x.EnteredById, x.IsAssisted, x.AssistedAuthorName,
                x.Status, x.Answer, x.CreatedAt, x.PublishedAt, x.UpdatedAt, x.WithdrawnAt, x.WithdrawalReason, x.SupportCount, x.CommentCount,
                x.Moderation, x.ModerationReason, x.ImageFile != null))
            .FirstOrDefault());

    // Communes and axes in one query of their own (UNION ALL, by proposal id: key lookups). Projected as collections of
    // the query above, SQLite materialised every proposal's links before joining (hundreds of ms at department scale);
    // ordered in memory, as a UNION cannot order each half.
    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<Link>> LinksOf = EF.CompileAsyncQuery(
        (PortalDbContext db, int id) => db.Set<ProposalMunicipality>().AsNoTracking().Where(m => m.ProposalId == id)
            .Select(m => new Link { IsAxis = false, Id = m.MunicipalityId, Name = m.Municipality!.Name, Position = 0 })
            .Concat(db.Set<ProposalAxis>().AsNoTracking().Where(a => a.ProposalId == id)
                .Select(a => new Link { IsAxis = true, Id = a.AxisId, Name = a.Axis!.Name, Position = a.Axis.Position })));

    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<HistoryRow>> HistoryOf = EF.CompileAsyncQuery(
        (PortalDbContext db, int id) => db.ProposalStatusChanges.AsNoTracking().Where(h => h.ProposalId == id).OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
            .Select(h => new HistoryRow(h.From, h.To, h.Answer, h.ChangedBy != null ? h.ChangedBy.DisplayName : null, h.ChangedAt)));

    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<CommentRow>> CommentsOf = EF.CompileAsyncQuery(
        (PortalDbContext db, int id) => db.Comments.AsNoTracking().Where(c => c.ProposalId == id).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new CommentRow(c.Id, c.ParentId, c.AuthorId, c.Author != null ? c.Author.DisplayName : null, c.BodyHtml, c.CreatedAt,
                c.EditedAt, c.Moderation, c.ModerationReason)));

    public async Task<Detail?> FindAsync(int id, CancellationToken ct = default)
    {
        // One opening of the connection for the four reads, instead of one each.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var p = await ProposalOf(db, id, ct);
            if (p is null) return null;
            var links = await ListAsync(LinksOf(db, id), ct);
            var municipalities = links.Where(l => !l.IsAxis).OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
            var axes = links.Where(l => l.IsAxis).OrderBy(l => l.Position).ToList();
            var history = await ListAsync(HistoryOf(db, id), ct);
            var comments = await ListAsync(CommentsOf(db, id), ct);

            return new Detail(p.Id, p.ConventionId, p.ConventionSlug, p.ConventionName, p.Title, p.BodyHtml,
                p.IsAssisted ? FormerParticipant.NameOr(p.AssistedAuthorName) : FormerParticipant.NameOr(p.AuthorName),
                p.AuthorId, p.EnteredById, p.IsAssisted, p.Status, p.Answer, p.CreatedAt, p.PublishedAt, p.UpdatedAt, p.WithdrawnAt, p.WithdrawalReason,
                p.SupportCount, p.CommentCount, p.Moderation, p.ModerationReason, p.HasImage,
                municipalities.Select(m => m.Name).ToList(), municipalities.Select(m => m.Id).ToList(),
                axes.Select(a => a.Name).ToList(), axes.Select(a => a.Id).ToList(),
                history.Select(h => new HistoryEntry(h.From, h.To, h.Answer, FormerParticipant.NameOr(h.Name), h.ChangedAt)).ToList(),
                comments.Select(c => new CommentView(c.Id, c.ParentId, c.AuthorId, FormerParticipant.NameOr(c.Name), c.BodyHtml, c.CreatedAt, c.EditedAt,
                    c.Moderation, c.ModerationReason)).ToList());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list;
    }

    /// <summary>What a signed-in reader's page adds: whether they support and follow it.</summary>
    public sealed record Viewer(bool HasSupported, bool IsFollowing);

    /// <summary>Both answers in one query (signed-in readers are never served from the page cache).</summary>
    public async Task<Viewer> ViewerAsync(int id, string userId, CancellationToken ct = default)
    {
        var row = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                HasSupported = db.Supports.Any(s => s.ProposalId == id && s.UserId == userId),
                IsFollowing = db.ProposalFollows.Any(f => f.ProposalId == id && f.UserId == userId),
            })
            .FirstOrDefaultAsync(ct);
        return new Viewer(row?.HasSupported ?? false, row?.IsFollowing ?? false);
    }

    /// <summary>The stored image of a published, visible proposal (or the owner's draft).</summary>
    public async Task<(string File, string ContentType)?> ImageAsync(int id, string? viewerId, CancellationToken ct = default)
    {
        var row = await db.Proposals.AsNoTracking().Where(p => p.Id == id && p.ImageFile != null)
            .Select(p => new { p.ImageFile, p.ImageContentType, p.PublishedAt, p.AuthorId, p.EnteredById, p.Moderation }).FirstOrDefaultAsync(ct);
        if (row is null || row.Moderation != ModerationState.Visible) return null;
        if (row.PublishedAt is null && (viewerId is null || (row.AuthorId != viewerId && row.EnteredById != viewerId))) return null;
        return (row.ImageFile!, row.ImageContentType ?? "application/octet-stream");
    }
}
