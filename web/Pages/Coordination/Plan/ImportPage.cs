using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Plan;

/// <summary>
/// What the CSV/XLSX import pages share (the action plan, the service directory): upload, a preview kept server-side
/// with its valid and rejected rows, then every valid row at once on confirmation. Nothing is stored before that.
/// </summary>
public abstract class ImportPage(ConventionDirectory directory, IAuthorizationService authorization, ICsvImport importer)
    : PlanPage(directory, authorization)
{
    public ImportPreview? Preview { get; private set; }
    public Guid? PendingId { get; private set; }

    /// <summary>This import page (the preview is shown on it) and the list the imported rows land in, by page name.</summary>
    protected abstract string ImportPageName { get; }
    protected abstract string ListPageName { get; }

    /// <summary>The confirmation shown on the list, in French.</summary>
    protected abstract string Imported(int count);

    public async Task<IActionResult> OnGetAsync(string ctg, Guid? import)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (import is { } id)
        {
            Preview = await importer.PendingPreviewAsync(Convention.Id, User.Actor(), id, HttpContext.RequestAborted);
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
        var (pendingId, preview) = await importer.PreviewAsync(Convention.Id, User.Actor(), fichier.FileName, buffer.ToArray(), HttpContext.RequestAborted);
        if (preview.FileError is not null) ModelState.AddModelError("fichier", preview.FileError);
        if (pendingId is { } id) return RedirectToPage(ImportPageName, new { ctg, import = id });
        Preview = preview;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmerAsync(string ctg, Guid import)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        var (imported, error) = await importer.ConfirmAsync(Convention.Id, User.Actor(), import, HttpContext.RequestAborted);
        if (error is not null)
        {
            ModelState.AddModelError("", error);
            return Page();
        }
        TempData["Message"] = Imported(imported);
        return RedirectToPage(ListPageName, new { ctg });
    }
}
