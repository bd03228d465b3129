using System.Security.Claims;
using Ctg.Participation.Walls;

namespace Ctg.Participation.Web.Pages.Reseaux;

/// <summary>The signed-in person's rights on a wall, as the hub filter reads them, for the wall's pages.</summary>
public static class WallPageAccess
{
    public static Task<WallPermit?> PermitAsync(this WallAccess access, ClaimsPrincipal user, int wallId, CancellationToken ct)
    {
        var userId = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return access.PermitAsync(wallId, userId, roles, ct);
    }
}
