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

    /// <summary>
    /// The wall at /reseaux/{ctg}/{network}/murs/{wall} with the person's rights, or null when it does not exist or
    /// they may not read it: a private wall answers 404 either way, without saying whether it exists.
    /// </summary>
    public static async Task<(WallDirectory.WallPlace Place, WallPermit Permit)?> FindReadableAsync(this WallDirectory directory,
        WallAccess access, ClaimsPrincipal user, string ctg, string network, string wall, CancellationToken ct)
    {
        var place = await directory.FindAsync(ctg, network, wall, ct);
        if (place is null) return null;
        var permit = await access.PermitAsync(user, place.WallId, ct);
        return permit is { CanRead: true } ? (place, permit) : null;
    }
}
