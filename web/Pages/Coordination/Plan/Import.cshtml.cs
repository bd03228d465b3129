using Ctg.Participation.ActionPlan;
using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.Web.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Plan;

/// <summary>
/// Imports an existing plan from CSV in two steps: the upload is kept server-side and previewed (valid rows, rejected
/// rows with their line and reason); nothing is stored until the coordinator confirms, then all valid rows at once.
/// </summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
[RequestSizeLimit(PendingImports.MaxBytes + 64 * 1024)]
public sealed class ImportModel(ConventionDirectory directory, IAuthorizationService authorization, ActionPlanCsv csv)
    : PlanPage(directory, authorization)
{
    public ImportPreview? Preview { get; private set; }
    public Guid? PendingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg, Guid? import)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (import is { } id)
        {
            Preview = await csv.PendingPreviewAsync(Convention.Id, User.Actor(), id, HttpContext.RequestAborted);
            if (Preview is null) return NotFound();
            PendingId = id;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg, IFormFile? fichier)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (fichier is null || fichier.Length == 0)
        {
            ModelState.AddModelError("fichier", "Choisissez un fichier CSV ou XLSX.");
            return Page();
        }
        if (fichier.Length > PendingImports.MaxBytes)
        {
            ModelState.AddModelError("fichier", "Le fichier dépasse 2 Mo.");
            return Page();
        }
        using var buffer = new MemoryStream();
        await fichier.CopyToAsync(buffer, HttpContext.RequestAborted);
        var (pendingId, preview) = await csv.PreviewAsync(Convention.Id, User.Actor(), fichier.FileName, buffer.ToArray(), HttpContext.RequestAborted);
        if (preview.FileError is not null) ModelState.AddModelError("fichier", preview.FileError);
        if (pendingId is { } id) return Redirect($"/coordination/{ctg}/plan/import?import={id}");
        Preview = preview;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmerAsync(string ctg, Guid import)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        var (imported, error) = await csv.ConfirmAsync(Convention.Id, User.Actor(), import, HttpContext.RequestAborted);
        if (error is not null)
        {
            ModelState.AddModelError("", error);
            return Page();
        }
        TempData["Message"] = imported == 1 ? "1 fiche action importée." : $"{imported} fiches actions importées.";
        return Redirect($"/coordination/{ctg}/plan");
    }
}
