using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.ServiceDirectory;
using Ctg.Participation.Web.Pages.Coordination.Plan;
using Ctg.Participation.Web.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Annuaire;

/// <summary>Imports directory entries from CSV: preview kept server-side, then the valid rows at once on confirmation.</summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
[RequestSizeLimit(PendingImports.MaxBytes + 64 * 1024)]
public sealed class ImportModel(ConventionDirectory directory, IAuthorizationService authorization, ServiceDirectoryCsv csv)
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
        if (fichier is null || fichier.Length == 0 || fichier.Length > PendingImports.MaxBytes)
        {
            ModelState.AddModelError("fichier", fichier is null || fichier.Length == 0 ? "Choisissez un fichier CSV ou XLSX." : "Le fichier dépasse 2 Mo.");
            return Page();
        }
        using var buffer = new MemoryStream();
        await fichier.CopyToAsync(buffer, HttpContext.RequestAborted);
        var (pendingId, preview) = await csv.PreviewAsync(Convention.Id, User.Actor(), fichier.FileName, buffer.ToArray(), HttpContext.RequestAborted);
        if (preview.FileError is not null) ModelState.AddModelError("fichier", preview.FileError);
        if (pendingId is { } id) return Redirect($"/coordination/{ctg}/annuaire/import?import={id}");
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
        TempData["Message"] = $"{imported} service(s) importé(s) dans l'annuaire.";
        return Redirect($"/coordination/{ctg}/annuaire");
    }
}
