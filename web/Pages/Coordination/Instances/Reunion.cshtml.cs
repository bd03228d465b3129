using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>One meeting: its invitations and attendance, its minutes, its decisions and their follow-up.</summary>
public sealed class ReunionModel(ConventionDirectory directory, IAuthorizationService authorization, MeetingReader reader, MeetingRecord record, MeetingCancellation cancellation)
    : InstancesPageModel(directory, authorization)
{
    public sealed class DecisionInput
    {
        public string? Text { get; set; }
        public string? Responsible { get; set; }
        public string? DueOn { get; set; }
        public int? PlanActionId { get; set; }
    }

    public IReadOnlyList<MeetingReader.ActionOption> Actions { get; private set; } = [];

    public MeetingReader.Detail Meeting { get; private set; } = default!;

    [BindProperty] public DecisionInput Decision { get; set; } = new();
    public string? Minutes { get; set; }

    public async Task<IActionResult> OnGetAsync(string ctg, int id) => await LoadAsync(ctg, id) ? Page() : NotFound();

    /// <summary>Attendance comes as presence[inviteeId] = Present | Excused | Absent | NotRecorded.</summary>
    public async Task<IActionResult> OnPostPresencesAsync(string ctg, int id, [FromForm(Name = "presence")] Dictionary<string, string>? presence)
    {
        if (!await LoadAsync(ctg, id)) return NotFound();
        if (!CanManage) return Forbid();
        if (MeetingForms.ParseAttendance(presence) is not { } attendance) return BadRequest();
        if (await record.RecordAttendanceAsync(Convention.Id, id, User.Actor(), attendance, HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError("presences", error);
            return Page();
        }
        TempData["Message"] = "Les présences sont enregistrées.";
        return RedirectToPage("/Coordination/Instances/Reunion", new { ctg, id });
    }

    public async Task<IActionResult> OnPostCompteRenduAsync(string ctg, int id, string? minutes)
    {
        if (!await LoadAsync(ctg, id)) return NotFound();
        if (!CanManage) return Forbid();
        if (await record.SaveMinutesAsync(Convention.Id, id, User.Actor(), minutes, HttpContext.RequestAborted) is { } error)
        {
            Minutes = minutes;
            ModelState.AddModelError("minutes", error);
            return Page();
        }
        TempData["Message"] = "Le compte rendu est enregistré.";
        return RedirectToPage("/Coordination/Instances/Reunion", new { ctg, id });
    }

    public async Task<IActionResult> OnPostDecisionAsync(string ctg, int id)
    {
        if (!await LoadAsync(ctg, id)) return NotFound();
        if (!CanManage) return Forbid();
        var (parsed, due) = MeetingForms.ParseDueOn(Decision.DueOn);
        if (parsed == MeetingForms.Parsed.Invalid)
        {
            ModelState.AddModelError("Decision.DueOn", "Indiquez l'échéance sous la forme jj/mm/aaaa.");
            return Page();
        }
        var errors = await record.AddDecisionAsync(Convention.Id, id, User.Actor(), Decision.Text, Decision.Responsible, due, Decision.PlanActionId, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            ModelState.AddErrors("Decision", errors);
            return Page();
        }
        TempData["Message"] = "La décision est ajoutée au relevé.";
        return RedirectToPage("/Coordination/Instances/Reunion", new { ctg, id });
    }

    public async Task<IActionResult> OnPostSuiviAsync(string ctg, int id, int decisionId, DecisionStatus? status, string? note)
    {
        if (!await LoadAsync(ctg, id)) return NotFound();
        if (!CanManage) return Forbid();
        if (status is not { } s || !Enum.IsDefined(s)) return BadRequest();
        if (Meeting.Decisions.All(d => d.Id != decisionId)) return NotFound();
        if (await record.FollowUpAsync(Convention.Id, id, decisionId, User.Actor(), s, note, HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError(FollowUpKey(decisionId), error);
            return Page();
        }
        TempData["Message"] = "Le suivi de la décision est enregistré.";
        return RedirectToPage("/Coordination/Instances/Reunion", new { ctg, id });
    }

    /// <summary>When and why the meeting was cancelled, or null.</summary>
    public MeetingCancellation.State? Cancelled { get; private set; }

    public async Task<IActionResult> OnPostAnnulerAsync(string ctg, int id, string? motif)
    {
        if (!await LoadAsync(ctg, id)) return NotFound();
        if (!CanManage) return Forbid();
        if (await cancellation.CancelAsync(Convention.Id, id, User.Actor(), motif, HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError("motif", error);
            return Page();
        }
        TempData["Message"] = "La réunion est annulée ; les agendas abonnés l'afficheront comme annulée.";
        return RedirectToPage("/Coordination/Instances/Reunion", new { ctg, id });
    }

    public static string FollowUpKey(int decisionId) => $"suivi-{decisionId}";

    private async Task<bool> LoadAsync(string ctg, int id)
    {
        if (!await LoadConventionAsync(ctg)) return false;
        var meeting = await reader.FindAsync(Convention.Id, id, HttpContext.RequestAborted);
        if (meeting is null) return false;
        Meeting = meeting;
        Minutes ??= meeting.MinutesHtml;
        Actions = await reader.ActionOptionsAsync(Convention.Id, HttpContext.RequestAborted);
        Cancelled = await cancellation.FindAsync(Convention.Id, id, HttpContext.RequestAborted);
        return true;
    }
}
