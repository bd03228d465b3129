using Ctg.Participation.Routing;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Groupes;

/// <summary>A working group's page: its members, axes and routed items; members acknowledge, answer or hand back.</summary>
[Authorize(Policy = RoutingPermissions.WorkInGroup)]
public sealed class GroupeModel(GroupDesk groups, IAuthorizationService authorization) : PageModel
{
    public sealed class InputModel
    {
        public int RoutingId { get; set; }
        public string? Step { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();

    public GroupDesk.Group Group { get; private set; } = default!;
    public IReadOnlyList<GroupDesk.Item> Items { get; private set; } = [];
    public bool CanAct { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg, string group) => await LoadAsync(ctg, group) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string ctg, string group)
    {
        if (!await LoadAsync(ctg, group)) return NotFound();
        // The policy admits readers (Caf advisors); acting is checked again here and in the service.
        if (!(await authorization.AuthorizeAsync(User, HttpContext, RoutingPermissions.WorkInGroup)).Succeeded || !CanAct) return Forbid();
        RoutingStep? step = Input.Step switch
        {
            "prendre-en-compte" => RoutingStep.Acknowledged,
            "repondre" => RoutingStep.Answered,
            "rendre" => RoutingStep.HandedBack,
            _ => null,
        };
        if (step is null) return BadRequest();
        var error = await groups.ActAsync(Group.Id, Input.RoutingId, User.Actor(), step.Value, Input.Text, HttpContext.RequestAborted);
        if (error is not null)
        {
            ModelState.AddModelError(TextKey(Input.RoutingId), error);
            return Page();
        }
        TempData["Message"] = step switch
        {
            RoutingStep.Acknowledged => "L'élément est pris en compte.",
            RoutingStep.Answered => "La réponse du groupe est publiée pour le contributeur.",
            _ => "L'élément est rendu à la coordination.",
        };
        return RedirectToPage("/Groupes/Groupe", new { ctg, group });
    }

    public static string TextKey(int routingId) => $"texte-{routingId}";

    private async Task<bool> LoadAsync(string ctg, string slug)
    {
        var ct = HttpContext.RequestAborted;
        var group = await groups.FindAsync(ctg, slug, ct);
        if (group is null) return false;
        Group = group;
        Items = await groups.ItemsAsync(group.Id, ct);
        CanAct = await groups.CanActAsync(group.Id, group.ConventionId, User.Actor(), ct);
        return true;
    }
}
