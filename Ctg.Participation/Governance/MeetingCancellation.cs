using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>
/// Cancelling a meeting: a coordinator of the CTG gives a reason; the meeting stays in lists and calendars, marked
/// « annulée », and its revision is bumped so that calendar apps replace it with the cancelled version (RFC 5545
/// STATUS:CANCELLED with a higher SEQUENCE). A cancelled meeting cannot be cancelled again.
/// </summary>
public sealed class MeetingCancellation(PortalDbContext db, ConventionAccess access, TimeProvider clock)
{
    public const int ReasonMin = 3, ReasonMax = 500;

    public sealed record State(DateTimeOffset At, string Reason);

    public async Task<State?> FindAsync(int conventionId, int meetingId, CancellationToken ct = default) =>
        await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId && m.ConventionId == conventionId && m.CancelledAt != null)
            .Select(m => new State(m.CancelledAt!.Value, m.CancellationReason ?? "")).FirstOrDefaultAsync(ct);

    /// <summary>Null when done, else a French message for the reason field (or the page).</summary>
    public async Task<string?> CancelAsync(int conventionId, int meetingId, Actor actor, string? reason, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return "Vous ne pouvez pas annuler les réunions de cette CTG.";
        var text = PortalText.PlainText(reason ?? "");
        if (text.Length < ReasonMin) return "Indiquez pourquoi la réunion est annulée (au moins 3 caractères).";
        if (text.Length > ReasonMax) return $"Le motif d'annulation ne doit pas dépasser {ReasonMax} caractères.";
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.ConventionId == conventionId, ct);
        if (meeting is null) return "Cette réunion n'existe pas.";
        if (meeting.CancelledAt is not null) return "Cette réunion est déjà annulée.";
        var now = clock.GetUtcNow();
        meeting.CancelledAt = now;
        meeting.CancellationReason = text;
        meeting.Revision++;
        meeting.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return null;
    }
}
