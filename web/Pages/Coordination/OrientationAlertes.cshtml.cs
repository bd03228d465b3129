using Ctg.Participation.Conventions;
using Ctg.Participation.Routing;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>The CTG's alerts to the Copil: raise one on a blocked or late item or action, follow it until closed.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class OrientationAlertesModel(ConventionDirectory directory, CopilAlerts alerts, IAuthorizationService authorization,
    Ctg.Participation.ActionPlan.ActionPlanReader plan, RoutableKeys keys) : PageModel
{
    public sealed class InputModel
    {
        public string? Subject { get; set; }
        public string? Reason { get; set; }
        public string? Item { get; set; }
        /// <summary>The number of the fiche action the alert concerns, if any.</summary>
        public int? Fiche { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public ConventionSummary Convention { get; private set; } = default!;
    public IReadOnlyList<CopilAlerts.Line> Alerts { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Ctg.Participation.ActionPlan.ActionPlanReader.ActionRef? Action { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg, string? element, int? fiche)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        Input.Item = element;
        if (fiche is { } number && (Action = await plan.FindRefAsync(Convention.Id, number, HttpContext.RequestAborted)) is null) return NotFound();
        Input.Fiche = fiche;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        var item = string.IsNullOrEmpty(Input.Item) ? null : keys.Parse(Input.Item);
        if (!string.IsNullOrEmpty(Input.Item) && item is null) return BadRequest();
        if (Input.Fiche is { } number && (Action = await plan.FindRefAsync(Convention.Id, number, HttpContext.RequestAborted)) is null) return BadRequest();
        if (await alerts.RaiseAsync(Convention.Id, User.Actor(), Input.Subject, Input.Reason, item, Action?.Id, HttpContext.RequestAborted) is { } problem)
        {
            ModelState.AddModelError(problem.Field.Length == 0 ? "" : $"Input.{problem.Field}", problem.Message);
            return Page();
        }
        TempData["Message"] = "L'alerte est transmise au Copil.";
        return RedirectToPage("/Coordination/OrientationAlertes", new { ctg });
    }

    public async Task<IActionResult> OnPostCloreAsync(string ctg, int alertId, string? resolution)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (await alerts.CloseAsync(Convention.Id, alertId, User.Actor(), resolution, HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError(ResolutionKey(alertId), error);
            return Page();
        }
        TempData["Message"] = "L'alerte est close.";
        return RedirectToPage("/Coordination/OrientationAlertes", new { ctg });
    }

    public static string ResolutionKey(int alertId) => $"suite-{alertId}";

    private async Task<bool> LoadAsync(string ctg)
    {
        var ct = HttpContext.RequestAborted;
        var convention = await directory.FindSummaryAsync(ctg, ct);
        if (convention is null) return false;
        Convention = convention;
        Alerts = await alerts.ListAsync(convention.Id, ct);
        CanManage = (await authorization.AuthorizeAsync(User, new ConventionResource(convention.Id), RoutingPermissions.Route)).Succeeded;
        return true;
    }
}
