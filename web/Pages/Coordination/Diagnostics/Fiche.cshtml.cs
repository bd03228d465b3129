using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Pages.Coordination.Journal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ctg.Participation.Web.Pages.Coordination.Diagnostics;

/// <summary>Creates (no id) or edits a shared diagnostic. Only the CTG's coordinators and administrators.</summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class FicheModel(ConventionDirectory directory, IAuthorizationService authorization, SharedDiagnostics diagnostics, TimeProvider clock)
    : CooperationPage(directory, authorization)
{
    [BindProperty] public DiagnosticInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? CurrentDocument { get; private set; }
    public SharedDiagnostics.FormOptions Options { get; private set; } = default!;

    public IReadOnlyList<SelectListItem> Scopes { get; } =
        Enum.GetValues<DiagnosticScope>().Select(s => new SelectListItem(s.Label(), s.ToString())).ToList();
    public IReadOnlyList<SelectListItem> Statuses { get; } =
        Enum.GetValues<DiagnosticStatus>().Select(s => new SelectListItem(s.Label(), s.ToString())).ToList();
    public IReadOnlyList<DiagnosticPartnerRole> Roles { get; } = Enum.GetValues<DiagnosticPartnerRole>();

    public async Task<IActionResult> OnGetAsync(string ctg, int? id)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        Id = id;
        if (id is { } existing)
        {
            if (await diagnostics.DetailAsync(Convention.Id, existing, HttpContext.RequestAborted) is not { } detail) return NotFound();
            var d = detail.Diagnostic;
            Input = new DiagnosticInput
            {
                Title = d.Title, Scope = d.Scope, Status = d.Status, StartedOn = d.StartedOn.ToString("yyyy-MM-dd"), ValidatedOn = d.ValidatedOn?.ToString("yyyy-MM-dd"),
                PublicSummary = d.PublicSummary, AxisIds = d.Axes.Select(a => a.AxisId).ToList(), Findings = d.Axes.ToDictionary(a => a.AxisId, a => (string?)a.FindingsHtml),
                MunicipalityIds = d.Municipalities.Select(m => m.MunicipalityId).ToList(), PartnerRoles = d.Partners.ToDictionary(p => p.PartnerId, p => (string?)p.Role.ToString()),
                MeetingIds = d.Meetings.Select(m => m.MeetingId).ToList(), SurveyIds = d.Surveys.Select(s => s.SurveyId).ToList(),
            };
            CurrentDocument = d.Document?.FileName;
        }
        else
        {
            Input.StartedOn = PortalTime.Today(clock).ToString("yyyy-MM-dd");
        }
        Options = await diagnostics.FormOptionsAsync(Convention.Id, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg, int? id, IFormFile? document)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (!Enum.IsDefined(Input.Scope) || !Enum.IsDefined(Input.Status)) return BadRequest();
        Id = id;
        var ct = HttpContext.RequestAborted;
        ModelState.Clear();
        var (file, fileProblem) = await ReadUploadAsync(document);
        if (fileProblem is null)
        {
            var (savedId, problems) = await diagnostics.SaveAsync(Convention, User.Actor(), id, Input, file, ct);
            if (savedId is { } saved)
            {
                TempData["Message"] = id is null ? "Le diagnostic est créé." : "Le diagnostic est enregistré.";
                return RedirectToPage("/Coordination/Diagnostics/Diagnostic", new { ctg = Convention.Slug, id = saved });
            }
            if (problems.Any(p => p.Field.Length == 0 && p.Message == "Ce diagnostic n'existe pas.")) return NotFound();
            ModelState.AddErrors("Input", problems);
        }
        else
        {
            ModelState.AddModelError("Input.Document", fileProblem);
        }
        Options = await diagnostics.FormOptionsAsync(Convention.Id, ct);
        return Page();
    }
}
