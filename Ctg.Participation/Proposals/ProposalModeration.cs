using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>
/// Reports and the coordinator's moderation queue. Content reported by <see cref="ReportReasons.HideThreshold"/>
/// different people is hidden at once, until a coordinator of its CTG hides it for good or restores it, with a reason.
/// </summary>
public sealed class ProposalModeration(PortalDbContext db, ConventionAccess access,
    NotificationCentre notifications, TimeProvider clock, PublicContent.PublicContentChanges? publicContent = null)
{
    public enum ReportResult
    {
        Recorded,
        AlreadyReported,
        NotFound,
    }

    public sealed record QueueItem(int ProposalId, int? CommentId, string ProposalTitle, string Excerpt, ModerationState State,
        int ReportCount, IReadOnlyList<ReportReason> Reasons, DateTimeOffset FirstReportedAt);

    public async Task<ReportResult> ReportAsync(int proposalId, int? commentId, string reporterId, ReportReason reason, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(reason)) return ReportResult.NotFound;
        var exists = commentId is { } cid
            ? await db.Comments.AnyAsync(c => c.Id == cid && c.ProposalId == proposalId, ct)
            : await db.Proposals.AnyAsync(p => p.Id == proposalId && p.PublishedAt != null, ct);
        if (!exists) return ReportResult.NotFound;

        var key = Report.KeyFor(proposalId, commentId);
        if (await db.Reports.AnyAsync(r => r.TargetKey == key && r.ReporterId == reporterId, ct)) return ReportResult.AlreadyReported;
        db.Reports.Add(new Report
        {
            ProposalId = proposalId, CommentId = commentId, TargetKey = key, ReporterId = reporterId, Reason = reason, CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ReportResult.AlreadyReported;
        }

        var reporters = await db.Reports.Where(r => r.TargetKey == key && r.ResolvedAt == null && r.ReporterId != null)
            .Select(r => r.ReporterId).Distinct().CountAsync(ct);
        if (reporters >= ReportReasons.HideThreshold)
        {
            if (commentId is { } c)
            {
                await db.Comments.Where(x => x.Id == c && x.Moderation == ModerationState.Visible)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Moderation, ModerationState.AwaitingReview), ct);
            }
            else
            {
                await db.Proposals.Where(x => x.Id == proposalId && x.Moderation == ModerationState.Visible)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Moderation, ModerationState.AwaitingReview), ct);
            }
            await (publicContent?.TouchAsync(ProposalsPublicContent.Pages(proposalId)) ?? Task.CompletedTask);
        }
        return ReportResult.Recorded;
    }

    /// <summary>Reported content of one CTG awaiting a decision, oldest report first.</summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(int conventionId, CancellationToken ct = default)
    {
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.ResolvedAt == null && r.Proposal!.ConventionId == conventionId)
            .Select(r => new { r.ProposalId, r.CommentId, r.Reason, r.CreatedAt, r.Proposal!.Title, ProposalBody = r.Proposal.BodyHtml,
                ProposalState = r.Proposal.Moderation, CommentBody = r.Comment != null ? r.Comment.BodyHtml : null,
                CommentState = r.Comment != null ? r.Comment.Moderation : ModerationState.Visible })
            .ToListAsync(ct);
        return reports.GroupBy(r => (r.ProposalId, r.CommentId))
            .Select(g =>
            {
                var first = g.First();
                var body = g.Key.CommentId is null ? first.ProposalBody : first.CommentBody ?? "";
                var excerpt = Text.PortalHtmlSanitizer.VisibleText(body);
                if (excerpt.Length > 300) excerpt = excerpt[..297] + "…";
                return new QueueItem(g.Key.ProposalId, g.Key.CommentId, first.Title, excerpt,
                    g.Key.CommentId is null ? first.ProposalState : first.CommentState, g.Count(),
                    g.Select(r => r.Reason).Distinct().Order().ToList(), g.Min(r => r.CreatedAt));
            })
            .OrderBy(i => i.FirstReportedAt).ToList();
    }

    /// <summary>A coordinator of the content's CTG hides it or restores it; its pending reports leave the queue.</summary>
    public async Task<string?> DecideAsync(int proposalId, int? commentId, Actor actor, bool hide, string? reason, CancellationToken ct = default)
    {
        var text = PortalText.PlainText(reason);
        if (text.Length < ProposalText.ReasonMin || text.Length > ProposalText.ReasonMax)
        {
            return $"Indiquez le motif de la décision ({ProposalText.ReasonMin} à {ProposalText.ReasonMax} caractères) : il est conservé.";
        }
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null) return "Ce contenu n'existe plus.";
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, proposal.ConventionId, ct)) return "Seul(e) un(e) chargé(e) de coopération de cette CTG peut modérer ce contenu.";

        var state = hide ? ModerationState.Hidden : ModerationState.Visible;
        if (commentId is { } cid)
        {
            var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == cid && c.ProposalId == proposalId, ct);
            if (comment is null) return "Ce commentaire n'existe plus.";
            comment.Moderation = state;
            comment.ModerationReason = hide ? text : null;
        }
        else
        {
            proposal.Moderation = state;
            proposal.ModerationReason = hide ? text : null;
        }
        var now = clock.GetUtcNow();
        db.ModerationDecisions.Add(new ModerationDecision
        {
            ProposalId = proposalId, CommentId = commentId, Hidden = hide, Reason = text, DecidedById = actor.UserId, DecidedAt = now,
        });
        await db.SaveChangesAsync(ct);
        var key = Report.KeyFor(proposalId, commentId);
        await db.Reports.Where(r => r.TargetKey == key && r.ResolvedAt == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolvedAt, now), ct);
        return null;
    }

    /// <summary>
    /// One notification per coordinator summing up the reports waiting in their CTGs, rather than one per report.
    /// Run once a day by the host's job; it goes out by mail with the coordinator's chosen frequency.
    /// </summary>
    public async Task<int> NotifyPendingReportsAsync(CancellationToken ct = default)
    {
        var pending = await db.Reports.AsNoTracking().Where(r => r.ResolvedAt == null)
            .GroupBy(r => new { r.Proposal!.ConventionId, r.Proposal.Convention!.Slug, r.Proposal.Convention.Name })
            .Select(g => new { g.Key.ConventionId, g.Key.Slug, g.Key.Name, Count = g.Count() }).ToListAsync(ct);
        var notified = 0;
        foreach (var convention in pending)
        {
            var coordinators = await db.CoordinatorAssignments.Where(a => a.ConventionId == convention.ConventionId).Select(a => a.UserId).ToListAsync(ct);
            await notifications.PublishAsync(coordinators,
                $"{convention.Count} signalement(s) attendent votre décision pour la {convention.Name}.",
                $"/coordination/{convention.Slug}/moderation", ct);
            notified += coordinators.Count;
        }
        return notified;
    }
}
