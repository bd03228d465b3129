using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Cooperation.Schemes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Journal;

/// <summary>The administrator keeps the department's list of public-policy schemes fiches actions may serve.</summary>
[Authorize(Policy = ConventionPermissions.Administer)]
public sealed class DispositifsModel(PolicySchemes schemes, CooperationNatures natures) : PageModel
{
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public string Department { get; private set; } = "";
    public IReadOnlyList<PolicySchemes.Scheme> Schemes { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(string? departement)
    {
        if (!await LoadAsync(departement)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAjouterAsync(string? departement)
    {
        if (!await LoadAsync(departement)) return NotFound();
        ModelState.Clear();
        if (await schemes.AddAsync(Department, Name, HttpContext.RequestAborted) is { } problem)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
            return Page();
        }
        TempData["Message"] = "Le dispositif est ajouté.";
        return RedirectToPage("/Coordination/Journal/Dispositifs", new { departement = Department });
    }

    public async Task<IActionResult> OnPostArchiverAsync(string? departement, int id, bool archiver)
    {
        if (!await LoadAsync(departement)) return NotFound();
        if (!await schemes.SetArchivedAsync(Department, id, archiver, HttpContext.RequestAborted)) return NotFound();
        TempData["Message"] = archiver ? "Le dispositif n'est plus proposé (les fiches qui le servent le gardent)." : "Le dispositif est de nouveau proposé.";
        return RedirectToPage("/Coordination/Journal/Dispositifs", new { departement = Department });
    }

    private async Task<bool> LoadAsync(string? departement)
    {
        Departments = await natures.DepartmentsAsync(HttpContext.RequestAborted);
        Department = departement ?? Departments.FirstOrDefault() ?? "";
        if (!Departments.Contains(Department)) return false;
        Schemes = await schemes.ListAsync(Department, HttpContext.RequestAborted);
        return true;
    }
}
