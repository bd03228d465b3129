using Ctg.Participation.ActionPlan;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Web.Pages.Coordination.Plan;

/// <summary>Creates a fiche action (no number in the URL) or edits one. Only the CTG's coordinators and administrators.</summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
public sealed class FicheModel(ConventionDirectory directory, IAuthorizationService authorization, ActionPlanEditor editor, ActionPlanReader reader, PortalDbContext db,
    Ctg.Participation.Cooperation.Schemes.PolicySchemes schemes)
    : PlanPage(directory, authorization)
{
    [BindProperty] public ActionInput Input { get; set; } = new();

    /// <summary>The public-policy schemes the fiche serves (Fiche 17 « articulation entre dispositifs »), kept by the cooperation feature.</summary>
    [BindProperty] public List<int> SchemeIds { get; set; } = [];
    public IReadOnlyList<Ctg.Participation.Cooperation.Schemes.PolicySchemes.Scheme> Schemes { get; private set; } = [];

    public int? Numero { get; private set; }
    public IReadOnlyList<SelectListItem> Axes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Statuses { get; } =
        Enum.GetValues<PlanActionStatus>().Select(s => new SelectListItem(s.Label(), s.ToString())).ToList();
    public IReadOnlyList<(int Id, string Name)> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ctg, int? numero)
    {
        if (!await LoadAsync(ctg, numero)) return NotFound();
        if (!CanManage) return Forbid();
        if (numero is { } n)
        {
            var detail = await reader.DetailAsync(Convention.Id, n, HttpContext.RequestAborted);
            if (detail is null) return NotFound();
            var a = detail.Action;
            Input = new ActionInput
            {
                Number = a.Number.ToString(), Title = a.Title, AxisId = a.AxisId, Diagnostic = a.Diagnostic, Finality = a.Finality,
                OperationalObjectives = a.OperationalObjectives, TargetAudience = a.TargetAudience, Modalities = a.Modalities,
                StartDate = a.StartDate?.ToString("yyyy-MM-dd"), DueDate = a.DueDate?.ToString("yyyy-MM-dd"), Services = a.Services,
                PartnerIds = a.Partners.Select(p => p.PartnerId).ToList(), ExpectedResults = a.ExpectedResults, Status = a.Status, Progress = a.Progress.ToString(),
            };
            SchemeIds = [.. await schemes.TagsAsync(Convention.Id, n, HttpContext.RequestAborted)];
        }
        else
        {
            var next = await db.PlanActions.Where(a => a.ConventionId == Convention.Id).MaxAsync(a => (int?)a.Number, HttpContext.RequestAborted) ?? 0;
            Input.Number = (next + 1).ToString();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg, int? numero)
    {
        if (!await LoadAsync(ctg, numero)) return NotFound();
        if (!CanManage) return Forbid();
        if (!Enum.IsDefined(Input.Status)) return BadRequest();
        ModelState.Clear();
        if (await schemes.CheckAsync(Convention.Department, SchemeIds, HttpContext.RequestAborted) is { } schemeProblem)
        {
            ModelState.AddModelError(nameof(SchemeIds), schemeProblem.Message);
            return Page();
        }
        var result = await editor.SaveAsync(Convention.Id, User.Actor(), numero, Input, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddErrors("Input", result.Problems);
            return Page();
        }
        await schemes.SetTagsAsync(Convention, User.Actor(), result.Number!.Value, SchemeIds, HttpContext.RequestAborted);
        TempData["Message"] = numero is null ? "La fiche action est créée." : "La fiche action est enregistrée.";
        return RedirectToPage("/Coordination/Plan/Action", new { ctg, numero = result.Number });
    }

    private async Task<bool> LoadAsync(string ctg, int? numero)
    {
        if (!await LoadConventionAsync(ctg)) return false;
        Numero = numero;
        var ct = HttpContext.RequestAborted;
        Axes = [new SelectListItem("Choisir un axe", ""), .. await db.Axes.Where(a => a.ConventionId == Convention.Id).OrderBy(a => a.Position)
            .Select(a => new SelectListItem(a.Name, a.Id.ToString())).ToListAsync(ct)];
        Partners = (await db.ConventionPartners.Where(p => p.ConventionId == Convention.Id).OrderBy(p => p.Partner!.Name)
            .Select(p => new { p.PartnerId, p.Partner!.Name }).ToListAsync(ct)).Select(p => (p.PartnerId, p.Name)).ToList();
        Schemes = await schemes.ListAsync(Convention.Department, ct);
        return true;
    }
}
