using Ctg.Participation.Conventions;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.WorkQueue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>
/// One CTG's back-office home: the work waiting on its coordinators, each a count and a link. Member management has
/// its own page (/coordination/{ctg}/membres); forms posted here by an older page are passed on to it unchanged (307).
/// </summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class CtgModel(ConventionBackOffice backOffice, CoordinatorWorkQueue workQueue, IAuthorizationService authorization) : PageModel
{
    public ConventionBackOffice.Overview Overview { get; private set; } = default!;
    public CoordinatorWorkQueue.Queue Queue { get; private set; } = default!;
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        var overview = await backOffice.LoadAsync(ctg, HttpContext.RequestAborted, withMembers: false);
        if (overview is null) return NotFound();
        Overview = overview;
        CanManage = (await authorization.AuthorizeAsync(User, new ConventionResource(overview.Convention.Id), ConventionPermissions.ManageBackOffice)).Succeeded;
        Queue = await workQueue.ForAsync(overview.Convention.Id, HttpContext.RequestAborted);
        return Page();
    }

    public IActionResult OnPostAjouter(string ctg) => RedirectPreserveMethod($"/coordination/{Uri.EscapeDataString(ctg)}/membres?handler=Ajouter");

    public IActionResult OnPostRetirer(string ctg) => RedirectPreserveMethod($"/coordination/{Uri.EscapeDataString(ctg)}/membres?handler=Retirer");
}
