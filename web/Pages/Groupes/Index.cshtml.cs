using Ctg.Participation.Routing;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Groupes;

/// <summary>"Mes groupes de travail": where a member finds the items routed to their groups.</summary>
[Authorize]
public sealed class IndexModel(GroupDesk groups) : PageModel
{
    public IReadOnlyList<GroupDesk.Membership> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Groups = await groups.MineAsync(User.Actor(), HttpContext.RequestAborted);
        return Page();
    }
}
