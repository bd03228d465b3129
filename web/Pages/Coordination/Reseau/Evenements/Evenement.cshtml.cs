using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Web.DepartmentNetwork;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Reseau.Evenements;

/// <summary>
/// One event of the network: coordinators register or withdraw; once it has started, the Caf (advisors,
/// administrators) records who attended. Each handler checks its own right again.
/// </summary>
[Authorize(Policy = DepartmentNetworkPermissions.Take)]
public sealed class EvenementModel(NetworkEvents events) : PageModel
{
    public NetworkEvents.Detail Event { get; private set; } = default!;
    public NetworkActor Actor { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostInscrireAsync(int id) => ActAsync(id, actor => events.RegisterAsync(actor, id, HttpContext.RequestAborted),
        "Vous êtes inscrit(e).");

    public Task<IActionResult> OnPostDesinscrireAsync(int id) => ActAsync(id, actor => events.WithdrawAsync(actor, id, HttpContext.RequestAborted),
        "Votre inscription est retirée.");

    public Task<IActionResult> OnPostPresencesAsync(int id, List<string>? presents) =>
        ActAsync(id, actor => events.RecordAttendanceAsync(actor, id, presents ?? [], HttpContext.RequestAborted), "Les présences sont enregistrées.");

    private async Task<IActionResult> ActAsync(int id, Func<NetworkActor, Task<string?>> act, string done)
    {
        if (!await LoadAsync(id)) return NotFound();
        var refused = await act(Actor);
        if (refused is not null)
        {
            ModelState.AddModelError("", refused);
            return Page();
        }
        TempData["Message"] = done;
        return RedirectToPage("/Coordination/Reseau/Evenements/Evenement", new { id = id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        Actor = User.NetworkActor();
        var found = await events.FindAsync(id, Actor.UserId, HttpContext.RequestAborted);
        if (found is null) return false;
        Event = found;
        return true;
    }
}
