using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.ServiceDirectory;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Pages.Coordination.Plan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Web.Pages.Coordination.Annuaire;

/// <summary>Adds a service to the directory (no id) or edits one of this CTG's communes.</summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
public sealed class FicheModel(ConventionDirectory directory, IAuthorizationService authorization, ServiceDirectoryEditor editor, ServiceDirectoryBrowser browser, PortalDbContext db)
    : PlanPage(directory, authorization)
{
    [BindProperty] public FamilyServiceInput Input { get; set; } = new();
    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Communes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Axes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Kinds { get; } = Enum.GetValues<FamilyServiceKind>().Select(k => new SelectListItem(k.Label(), k.ToString())).ToList();
    public IReadOnlyList<SelectListItem> Wheelchairs { get; } =
        [new("Non renseigné", nameof(WheelchairAccess.Unknown)), new("Oui", nameof(WheelchairAccess.Yes)), new("Non", nameof(WheelchairAccess.No))];

    public async Task<IActionResult> OnGetAsync(string ctg, int? id)
    {
        if (!await LoadAsync(ctg, id)) return NotFound();
        if (!CanManage) return Forbid();
        if (id is { } existing)
        {
            var s = await browser.FindAsync(Convention.Id, existing, HttpContext.RequestAborted);
            if (s is null) return NotFound();
            Input = new FamilyServiceInput
            {
                Name = s.Name, Kind = s.Kind, MunicipalityId = s.MunicipalityId, AxisId = s.AxisId, Address = s.Address, Phone = s.Phone, Email = s.Email,
                Website = s.Website, OpeningHours = s.OpeningHours, Accessibility = s.Accessibility, Wheelchair = s.Wheelchair,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg, int? id)
    {
        if (!await LoadAsync(ctg, id)) return NotFound();
        if (!CanManage) return Forbid();
        if (!Enum.IsDefined(Input.Kind) || !Enum.IsDefined(Input.Wheelchair)) return BadRequest();
        ModelState.Clear();
        var (savedId, problems) = await editor.SaveAsync(Convention.Id, User.Actor(), id, Input, HttpContext.RequestAborted);
        if (savedId is null)
        {
            ModelState.AddErrors("Input", problems);
            return Page();
        }
        TempData["Message"] = "Le service est enregistré dans l'annuaire.";
        return RedirectToPage("/Coordination/Annuaire/Index", new { ctg = ctg });
    }

    private async Task<bool> LoadAsync(string ctg, int? id)
    {
        if (!await LoadConventionAsync(ctg)) return false;
        Id = id;
        var ct = HttpContext.RequestAborted;
        Communes = [new SelectListItem("Choisir une commune", ""), .. await db.Municipalities.Where(m => m.ConventionId == Convention.Id).OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToListAsync(ct)];
        Axes = [new SelectListItem("Aucun axe", ""), .. await db.Axes.Where(a => a.ConventionId == Convention.Id).OrderBy(a => a.Position)
            .Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToListAsync(ct)];
        return true;
    }
}
