using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>
/// The record of a meeting that took place: who attended, the minutes, the decisions taken and their follow-up. Every
/// write re-checks that the actor manages this CTG and that the meeting (or decision) belongs to it.
/// </summary>
public sealed class MeetingRecord(PortalDbContext db, ConventionAccess access, PortalHtmlSanitizer sanitizer, TimeProvider clock)
{
    /// <summary>
    /// Records attendance for the given invitations. Every id must be an invitation of this meeting; otherwise nothing
    /// is stored and a French error is returned.
    /// </summary>
    public async Task<string?> RecordAttendanceAsync(int conventionId, int meetingId, Actor actor,
        IReadOnlyDictionary<int, AttendanceStatus> attendance, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return "Vous ne pouvez pas modifier les réunions de cette CTG.";
        if (attendance.Values.Any(s => !Enum.IsDefined(s))) return "Choisissez présent, excusé ou absent.";
        var ids = attendance.Keys.ToList();
        var invitees = await db.MeetingInvitees.Where(i => i.MeetingId == meetingId && i.Meeting!.ConventionId == conventionId && ids.Contains(i.Id)).ToListAsync(ct);
        if (invitees.Count != ids.Count) return "Une des personnes indiquées n'est pas invitée à cette réunion.";
        foreach (var invitee in invitees) invitee.Attendance = attendance[invitee.Id];
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Saves the minutes, sanitised. Returns a French error or null.</summary>
    public async Task<string?> SaveMinutesAsync(int conventionId, int meetingId, Actor actor, string? html, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return "Vous ne pouvez pas modifier les réunions de cette CTG.";
        var clean = sanitizer.Sanitize(html);
        if (clean.Length > MeetingRules.MinutesMax) return $"Le compte rendu dépasse {MeetingRules.MinutesMax:N0} caractères.";
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.ConventionId == conventionId, ct);
        if (meeting is null) return "Cette réunion n'existe pas.";
        meeting.MinutesHtml = clean;
        meeting.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Adds a decision to the meeting's relevé. Returns errors by field.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AddDecisionAsync(int conventionId, int meetingId, Actor actor,
        string? text, string? responsible, DateOnly? dueOn, CancellationToken ct = default) =>
        await AddDecisionAsync(conventionId, meetingId, actor, text, responsible, dueOn, null, ct);

    /// <summary>Adds a decision, optionally about one fiche action of the same CTG. Returns French errors by field, or none.</summary>
    public async Task<IReadOnlyDictionary<string, string>> AddDecisionAsync(int conventionId, int meetingId, Actor actor,
        string? text, string? responsible, DateOnly? dueOn, int? planActionId, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) { errors[""] = "Vous ne pouvez pas modifier les réunions de cette CTG."; return errors; }
        var cleanText = PortalText.PlainText(text);
        var cleanResponsible = PortalText.PlainText(responsible);
        if (cleanText.Length is < MeetingRules.DecisionMin or > MeetingRules.DecisionMax)
            errors["Text"] = $"Saisissez la décision ({MeetingRules.DecisionMin} à {MeetingRules.DecisionMax:N0} caractères).";
        if (cleanResponsible.Length > MeetingRules.NameMax) errors["Responsible"] = $"Le responsable compte au plus {MeetingRules.NameMax} caractères.";
        if (dueOn is { } due && (due.Year < 2000 || due.Year > 2100)) errors["DueOn"] = "Indiquez une échéance valide.";
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId && m.ConventionId == conventionId, ct)) errors[""] = "Cette réunion n'existe pas.";
        if (planActionId is { } action && !await db.PlanActions.AnyAsync(a => a.Id == action && a.ConventionId == conventionId, ct))
            errors["PlanActionId"] = "Choisissez une fiche action du plan de cette CTG.";
        if (errors.Count > 0) return errors;
        db.Decisions.Add(new Decision
        {
            MeetingId = meetingId, Text = cleanText, Responsible = cleanResponsible.Length == 0 ? null : cleanResponsible, DueOn = dueOn, PlanActionId = planActionId,
        });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>Adds a dated follow-up note to a decision and sets its status. Returns a French error or null.</summary>
    public async Task<string?> FollowUpAsync(int conventionId, int meetingId, int decisionId, Actor actor, DecisionStatus status, string? note,
        CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return "Vous ne pouvez pas modifier les réunions de cette CTG.";
        if (!Enum.IsDefined(status)) return "Choisissez l'état de la décision.";
        var cleanNote = PortalText.PlainText(note);
        if (cleanNote.Length is < MeetingRules.DecisionMin or > MeetingRules.DecisionMax)
            return $"Décrivez où en est la décision ({MeetingRules.DecisionMin} à {MeetingRules.DecisionMax:N0} caractères).";
        var decision = await db.Decisions.FirstOrDefaultAsync(d => d.Id == decisionId && d.MeetingId == meetingId && d.Meeting!.ConventionId == conventionId, ct);
        if (decision is null) return "Cette décision n'existe pas.";
        var now = clock.GetUtcNow();
        if (status == DecisionStatus.Done && decision.Status != DecisionStatus.Done) decision.DoneAt = now;
        if (status != DecisionStatus.Done) decision.DoneAt = null;
        decision.Status = status;
        decision.FollowUps.Add(new DecisionFollowUp { Status = status, Note = cleanNote, At = now, AuthorId = actor.UserId });
        await db.SaveChangesAsync(ct);
        return null;
    }
}
