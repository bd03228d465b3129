using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Walls;
using Ctg.Participation.Web.Pages.Reseaux;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Reseau;

/// <summary>
/// The department network's live wall: the same wall as a thematic network's (hub, cards, images, wwwroot/js/murs/), with the
/// network's rules from <see cref="WallAccess"/>. The page checks the policy, then the wall permit like any wall page.
/// </summary>
[Authorize(Policy = DepartmentNetworkPermissions.Take)]
public sealed class MurModel(DepartmentWall departmentWall, WallAccess access, WallReader reader) : PageModel
{
    public WallPermit Permit { get; private set; } = default!;
    public WallSnapshot Wall { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var wallId = await departmentWall.EnsureAsync(ct);
        if (await access.PermitAsync(User, wallId, ct) is not { CanRead: true } permit) return Forbid();
        Permit = permit;
        Wall = (await reader.SnapshotAsync(wallId, ct))!;
        return Page();
    }

    public IEnumerable<CardView> CardsOf(int columnId) => Wall.Cards.Where(c => c.ColumnId == columnId);
}
