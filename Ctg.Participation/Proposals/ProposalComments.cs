using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>Comments and replies (one level deep), sanitised on write, editable for 15 minutes by their author.</summary>
public sealed class ProposalComments(PortalDbContext db, PortalHtmlSanitizer sanitizer, ProposalFollowers followers,
    NotificationCentre notifications, TimeProvider clock)
{
    public sealed record Outcome(int? CommentId, string? Error);

    public async Task<Outcome> AddAsync(int proposalId, string userId, int? parentId, string? body, CancellationToken ct = default)
    {
        var html = sanitizer.Sanitize(body);
        if (LengthProblem(html) is { } problem) return new(null, problem);

        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId && p.PublishedAt != null && p.Moderation == ModerationState.Visible)
            .Select(p => new { p.Title, p.WithdrawnAt }).FirstOrDefaultAsync(ct);
        if (proposal is null || proposal.WithdrawnAt is not null) return new(null, "Cette proposition ne reçoit plus de commentaires.");

        if (parentId is { } pid)
        {
            var parent = await db.Comments.AsNoTracking().Where(c => c.Id == pid && c.ProposalId == proposalId)
                .Select(c => new { c.ParentId }).FirstOrDefaultAsync(ct);
            if (parent is null) return new(null, "Le commentaire auquel vous répondez n'existe plus.");
            // One level deep: a reply to a reply joins the same thread.
            if (parent.ParentId is { } grandParent) parentId = grandParent;
        }

        var comment = new Comment { ProposalId = proposalId, ParentId = parentId, AuthorId = userId, BodyHtml = html, CreatedAt = clock.GetUtcNow() };
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Comments.Add(comment);
            await db.SaveChangesAsync(ct);
            await db.Proposals.Where(p => p.Id == proposalId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + 1), ct);
            await transaction.CommitAsync(ct);
        }

        var recipients = await followers.RecipientsAsync(proposalId, userId, ct);
        await notifications.PublishAsync(recipients, $"Nouveau commentaire sur la proposition « {proposal.Title} ».",
            $"/propositions/{proposalId}#commentaire-{comment.Id}", ct);
        await followers.FollowAsync(proposalId, userId, ct);
        return new(comment.Id, null);
    }

    public async Task<string?> EditAsync(int commentId, string userId, string? body, CancellationToken ct = default)
    {
        var html = sanitizer.Sanitize(body);
        if (LengthProblem(html) is { } problem) return problem;
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, ct);
        var now = clock.GetUtcNow();
        if (comment is null || !comment.CanBeEditedBy(userId, now))
        {
            return "Ce commentaire ne peut plus être modifié : un commentaire se modifie pendant 15 minutes après son envoi.";
        }
        comment.BodyHtml = html;
        comment.EditedAt = now;
        await db.SaveChangesAsync(ct);
        return null;
    }

    public Task<Comment?> FindAsync(int proposalId, int commentId, CancellationToken ct = default) =>
        db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == commentId && c.ProposalId == proposalId, ct);

    private static string? LengthProblem(string html)
    {
        var visible = PortalHtmlSanitizer.VisibleText(html).Length;
        return visible < ProposalText.CommentMin || visible > ProposalText.CommentMax
            ? $"Le commentaire doit compter entre {ProposalText.CommentMin} et {ProposalText.CommentMax:N0} caractères."
            : null;
    }
}
