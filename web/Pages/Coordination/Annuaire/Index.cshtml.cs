using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.ServiceDirectory;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Extensions;
using Ctg.Participation.Web.Pages.Coordination.Plan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Annuaire;

/// <summary>The CTG's entries of the directory in the back-office: list by name (keyset pages), remove one, export and template (CSV, XLSX, ODS).</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndexModel(ConventionDirectory directory, IAuthorizationService authorization, ServiceDirectoryBrowser browser, ServiceDirectoryEditor editor,
    ServiceDirectoryExport export)
    : PlanPage(directory, authorization)
{
    public ServiceDirectoryBrowser.Page Results { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync(string ctg, int? apres)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        Results = await browser.SearchAsync(new ServiceDirectoryBrowser.Query(null, null, null, null, apres, Convention.Id), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(string ctg, int id)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (!await editor.DeleteAsync(Convention.Id, User.Actor(), id, HttpContext.RequestAborted)) return BadRequest();
        TempData["Message"] = "Le service est retiré de l'annuaire.";
        return RedirectToPage("/Coordination/Annuaire/Index", new { ctg = ctg });
    }

    /// <summary>The CTG's entries: CSV (`;`, jj/mm/aaaa), or XLSX/ODS with `&amp;format=`, INSEE codes as text.</summary>
    public async Task<IActionResult> OnGetExportAsync(string ctg)
    {
        if (TableDownload.Format(Request) is not { } format) return BadRequest();
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return await TableDownload.SendAsync(HttpContext, format, $"annuaire-{Convention.Slug}", "Annuaire", CsvConventions.People,
            (table, ct) => export.WriteAsync(Convention.Id, table, ct));
    }

    public async Task<IActionResult> OnGetModeleAsync(string ctg)
    {
        if (TableDownload.Format(Request) is not { } format) return BadRequest();
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return await TableDownload.SendAsync(HttpContext, format, "modele-annuaire", "Annuaire", CsvConventions.People,
            (table, ct) => ServiceDirectoryExport.WriteTemplateAsync(table, ct));
    }
}
