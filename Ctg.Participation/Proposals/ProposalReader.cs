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

    public async Task<Detail?> FindAsync(int id, CancellationToken ct = default)
    {
        var p = await db.Proposals.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.ConventionId, ConventionSlug = x.Convention!.Slug, ConventionName = x.Convention.Name, x.Title, x.BodyHtml,
                AuthorName = x.Author != null ? x.Author.DisplayName : null, x.AuthorId, x.EnteredById, x.IsAssisted, x.AssistedAuthorName,
                x.Status, x.Answer, x.CreatedAt, x.PublishedAt, x.UpdatedAt, x.WithdrawnAt, x.WithdrawalReason, x.SupportCount, x.CommentCount,
                x.Moderation, x.ModerationReason, HasImage = x.ImageFile != null,
            })
            .FirstOrDefaultAsync(ct);
        if (p is null) return null;

        // Communes and axes in one query of their own (UNION ALL, by proposal id: key lookups). Projected as collections
        // of the query above, SQLite materialised every proposal's links before joining (hundreds of ms at department
        // scale); ordered here, as a UNION cannot order each half.
        var links = await db.Set<ProposalMunicipality>().AsNoTracking().Where(m => m.ProposalId == id)
            .Select(m => new { IsAxis = false, Id = m.MunicipalityId, m.Municipality!.Name, Position = 0 })
            .Concat(db.Set<ProposalAxis>().AsNoTracking().Where(a => a.ProposalId == id)
                .Select(a => new { IsAxis = true, Id = a.AxisId, a.Axis!.Name, a.Axis.Position }))
            .ToListAsync(ct);
        var municipalities = links.Where(l => !l.IsAxis).OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => new { MunicipalityId = l.Id, l.Name }).ToList();
        var axes = links.Where(l => l.IsAxis).OrderBy(l => l.Position).Select(l => new { AxisId = l.Id, l.Name }).ToList();

        var history = await db.ProposalStatusChanges.AsNoTracking().Where(h => h.ProposalId == id).OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
            .Select(h => new { h.From, h.To, h.Answer, Name = h.ChangedBy != null ? h.ChangedBy.DisplayName : null, h.ChangedAt })
            .ToListAsync(ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.ProposalId == id).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.ParentId, c.AuthorId, Name = c.Author != null ? c.Author.DisplayName : null, c.BodyHtml, c.CreatedAt, c.EditedAt, c.Moderation, c.ModerationReason })
            .ToListAsync(ct);

        return new Detail(p.Id, p.ConventionId, p.ConventionSlug, p.ConventionName, p.Title, p.BodyHtml,
            p.IsAssisted ? FormerParticipant.NameOr(p.AssistedAuthorName) : FormerParticipant.NameOr(p.AuthorName),
            p.AuthorId, p.EnteredById, p.IsAssisted, p.Status, p.Answer, p.CreatedAt, p.PublishedAt, p.UpdatedAt, p.WithdrawnAt, p.WithdrawalReason,
            p.SupportCount, p.CommentCount, p.Moderation, p.ModerationReason, p.HasImage,
            municipalities.Select(m => m.Name).ToList(), municipalities.Select(m => m.MunicipalityId).ToList(),
            axes.Select(a => a.Name).ToList(), axes.Select(a => a.AxisId).ToList(),
            history.Select(h => new HistoryEntry(h.From, h.To, h.Answer, FormerParticipant.NameOr(h.Name), h.ChangedAt)).ToList(),
            comments.Select(c => new CommentView(c.Id, c.ParentId, c.AuthorId, FormerParticipant.NameOr(c.Name), c.BodyHtml, c.CreatedAt, c.EditedAt,
                c.Moderation, c.ModerationReason)).ToList());
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
