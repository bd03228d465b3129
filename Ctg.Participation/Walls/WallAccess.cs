using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

/// <summary>What a person may do on a wall.</summary>
public enum WallRight
{
    None = 0,
    Read = 1,
    Write = 2,
    Moderate = 3,
}

/// <summary>A person's rights on one wall, resolved for one call.</summary>
public sealed record WallPermit(int WallId, int NetworkId, int ConventionId, string? UserId, string DisplayName, bool CanRead, bool CanWrite, bool CanModerate)
{
    public bool Allows(WallRight right) => right switch
    {
        WallRight.None => true,
        WallRight.Read => CanRead,
        WallRight.Write => CanWrite,
        WallRight.Moderate => CanModerate,
        _ => false,
    };
}

/// <summary>
/// Who may do what on a wall: members of its network and coordinators of its CTG write; coordinators (and
/// administrators) moderate; everyone reads a public wall, Caf advisors every wall. Read from the database on every
/// call (three indexed lookups), so a member removed from the network loses write access on their next call.
/// </summary>
public sealed class WallAccess(PortalDbContext db)
{
    public async Task<WallPermit?> PermitAsync(int wallId, string? userId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var wall = await db.Walls.AsNoTracking().Where(w => w.Id == wallId)
            .Select(w => new { w.Id, w.ThematicNetworkId, ConventionId = (int?)w.ThematicNetwork!.ConventionId, w.IsPublic })
            .FirstOrDefaultAsync(ct);
        if (wall is null) return null;
        if (wall.ThematicNetworkId is not { } networkId || wall.ConventionId is not { } conventionId) return await DepartmentPermitAsync(wall.Id, userId, roles, ct);

        var member = false;
        var coordinator = false;
        var name = "";
        if (userId is not null)
        {
            member = await db.NetworkMemberships.AnyAsync(m => m.ThematicNetworkId == networkId && m.UserId == userId, ct);
            coordinator = await db.CoordinatorAssignments.AnyAsync(a => a.ConventionId == conventionId && a.UserId == userId, ct);
            name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        }
        var administrator = userId is not null && roles.Contains(PortalRoles.Administrator);
        var advisor = userId is not null && roles.Contains(PortalRoles.CafAdvisor);
        var canWrite = member || coordinator;
        var canModerate = coordinator || administrator;
        var canRead = canWrite || canModerate || advisor || wall.IsPublic;
        return new WallPermit(wall.Id, networkId, conventionId, userId, name, canRead, canWrite, canModerate);
    }

    /// <summary>
    /// The department network's wall (no thematic network): coordinators and the Caf read and write, the Caf and
    /// administrators moderate; residents and network members get nothing, and it is never public. Its permit names
    /// no network and no CTG (0), so nothing on it can be sent up to a CTG's routing desk.
    /// </summary>
    private async Task<WallPermit> DepartmentPermitAsync(int wallId, string? userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var member = userId is not null && DepartmentNetwork.DepartmentNetworkPermissions.IsMember(roles);
        var organiser = userId is not null && DepartmentNetwork.DepartmentNetworkPermissions.IsOrganiser(roles);
        var name = member ? await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "" : "";
        return new WallPermit(wallId, 0, 0, userId, name, CanRead: member, CanWrite: member, CanModerate: organiser);
    }
}
