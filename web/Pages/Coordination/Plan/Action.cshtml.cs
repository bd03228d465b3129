using Ctg.Participation.ActionPlan;
using Ctg.Participation.Conventions;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Plan;

/// <summary>
/// One fiche action in the back-office: its content, indicators and measurements, the log of notes (internal and
/// public), the routed contributions it draws on, and the way to alert the Copil. Caf advisors read; coordinators write.
/// </summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class ActionModel(ConventionDirectory directory, IAuthorizationService authorization, ActionPlanReader reader, ActionPlanEditor editor)
    : PlanPage(directory, authorization)
{
    public sealed class NoteInput
    {
        public string? Date { get; set; }
        public string? Text { get; set; }
        public bool IsPublic { get; set; }
    }

    public sealed class IndicatorInput
    {
        public string? Label { get; set; }
        public string? Baseline { get; set; }
        public string? Target { get; set; }
    }

    public sealed class MeasurementInput
    {
        public int IndicatorId { get; set; }
        public string? Date { get; set; }
        public string? Value { get; set; }
    }

    [BindProperty] public NoteInput Note { get; set; } = new();
    [BindProperty] public IndicatorInput Indicator { get; set; } = new();
    [BindProperty] public MeasurementInput Measurement { get; set; } = new();
    [BindProperty] public int? RoutingId { get; set; }

    public ActionPlanReader.Detail Detail { get; private set; } = default!;
    public IReadOnlyList<ActionPlanReader.LinkedContribution> Routed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ctg, int numero) => await LoadAsync(ctg, numero) ? Page() : NotFound();

    public Task<IActionResult> OnPostNoteAsync(string ctg, int numero) => WriteAsync(ctg, numero, "Note",
        () => editor.AddNoteAsync(Convention.Id, User.Actor(), numero, Note.Date, Note.Text, Note.IsPublic, HttpContext.RequestAborted), "La note est ajoutée.");

    public Task<IActionResult> OnPostIndicateurAsync(string ctg, int numero) => WriteAsync(ctg, numero, "Indicator",
        () => editor.AddIndicatorAsync(Convention.Id, User.Actor(), numero, Indicator.Label, Indicator.Baseline, Indicator.Target, HttpContext.RequestAborted), "L'indicateur est ajouté.");

    public Task<IActionResult> OnPostMesureAsync(string ctg, int numero) => WriteAsync(ctg, numero, $"Mesure{Measurement.IndicatorId}",
        () => editor.AddMeasurementAsync(Convention.Id, User.Actor(), numero, Measurement.IndicatorId, Measurement.Date, Measurement.Value, HttpContext.RequestAborted), "La mesure est enregistrée.");

    public Task<IActionResult> OnPostContributionAsync(string ctg, int numero) => WriteAsync(ctg, numero, "",
        () => editor.LinkRoutingAsync(Convention.Id, User.Actor(), numero, RoutingId ?? 0, HttpContext.RequestAborted), "La contribution est reliée à l'action.");

    public static string MeasureKey(int indicatorId, string field) => $"Mesure{indicatorId}.{field}";

    private async Task<IActionResult> WriteAsync(string ctg, int numero, string prefix, Func<Task<ActionPlanEditor.Result>> write, string message)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        ModelState.Clear();
        var result = await write();
        if (!result.Succeeded)
        {
            ModelState.AddErrors(prefix, result.Problems);
            return await LoadAsync(ctg, numero) ? Page() : NotFound();
        }
        TempData["Message"] = message;
        return RedirectToPage("/Coordination/Plan/Action", new { ctg, numero });
    }

    private async Task<bool> LoadAsync(string ctg, int numero)
    {
        if (!await LoadConventionAsync(ctg)) return false;
        var detail = await reader.DetailAsync(Convention.Id, numero, HttpContext.RequestAborted);
        if (detail is null) return false;
        Detail = detail;
        if (CanManage) Routed = await reader.RoutedContributionsAsync(Convention.Id, HttpContext.RequestAborted);
        return true;
    }
}
