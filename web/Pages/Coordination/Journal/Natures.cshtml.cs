using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation.Journal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ctg.Participation.Web.Pages.Coordination.Journal;

/// <summary>The administrator keeps the department's natures of journal entries, kind by kind.</summary>
[Authorize(Policy = ConventionPermissions.Administer)]
public sealed class NaturesModel(CooperationNatures natures) : PageModel
{
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public string Department { get; private set; } = "";
    public IReadOnlyList<CooperationNatures.Nature> Natures { get; private set; } = [];

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Label { get; set; }

    public IReadOnlyList<SelectListItem> Kinds { get; } =
        [new("Choisir le type d'action", ""), .. CooperationKinds.All.Select(k => new SelectListItem(k.Label(), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(string? departement)
    {
        if (!await LoadAsync(departement)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAjouterAsync(string? departement)
    {
        if (!await LoadAsync(departement)) return NotFound();
        var kind = CooperationKinds.Parse(Kind);
        ModelState.Clear();
        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), "Choisissez le type d'action.");
            return Page();
        }
        if (await natures.AddAsync(Department, kind.Value, Label, HttpContext.RequestAborted) is { } problem)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
            return Page();
        }
        TempData["Message"] = "La nature est ajoutée.";
        return RedirectToPage("/Coordination/Journal/Natures", new { departement = Department });
    }

    public async Task<IActionResult> OnPostArchiverAsync(string? departement, int id, bool archiver)
    {
        if (!await LoadAsync(departement)) return NotFound();
        if (!await natures.SetArchivedAsync(Department, id, archiver, HttpContext.RequestAborted)) return NotFound();
        TempData["Message"] = archiver ? "La nature n'est plus proposée (les entrées existantes la gardent)." : "La nature est de nouveau proposée.";
        return RedirectToPage("/Coordination/Journal/Natures", new { departement = Department });
    }

    private async Task<bool> LoadAsync(string? departement)
    {
        Departments = await natures.DepartmentsAsync(HttpContext.RequestAborted);
        Department = departement ?? Departments.FirstOrDefault() ?? "";
        if (!Departments.Contains(Department)) return false;
        Natures = await natures.ListAsync(Department, HttpContext.RequestAborted);
        return true;
    }
}
