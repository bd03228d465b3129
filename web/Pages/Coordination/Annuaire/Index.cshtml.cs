using System.Text;
using Ctg.Participation.Conventions;
using Ctg.Participation.ServiceDirectory;
using Ctg.Participation.Web.Pages.Coordination.Plan;
using Ctg.Participation.Web.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Annuaire;

/// <summary>The CTG's entries of the directory in the back-office: list by name (keyset pages), remove one, CSV template.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndexModel(ConventionDirectory directory, IAuthorizationService authorization, ServiceDirectoryBrowser browser, ServiceDirectoryEditor editor)
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
        return Redirect($"/coordination/{ctg}/annuaire");
    }

    public async Task<IActionResult> OnGetModeleAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return File(Encoding.UTF8.GetBytes(ServiceDirectoryCsv.Template()), "text/csv; charset=utf-8", "modele-annuaire.csv");
    }
}
