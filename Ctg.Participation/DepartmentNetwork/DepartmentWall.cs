using Ctg.Participation.Data;
using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>
/// The department network's own live wall: a <see cref="Wall"/> that belongs to no thematic network. It uses the
/// same hub, board and card images as every wall; <see cref="WallAccess"/> gives it the network's rules (coordinators
/// and the Caf read and write, the Caf and administrators moderate, never public). Opened on first visit.
/// </summary>
public sealed class DepartmentWall(PortalDbContext db, TimeProvider clock)
{
    public const string Slug = "reseau-departemental";
    public const string Title = "Mur du réseau départemental des chargés de coopération";

    /// <summary>The wall's id, opening it with three columns the first time. Two first visits at once may both open
    /// one; the lowest id is the department's wall, the other stays unused.</summary>
    public async Task<int> EnsureAsync(CancellationToken ct = default)
    {
        if (await FindAsync(ct) is { } id) return id;
        var now = clock.GetUtcNow();
        var wall = new Wall { ThematicNetworkId = null, Slug = Slug, Title = Title, IsPublic = false, CreatedAt = now };
        db.Walls.Add(wall);
        string? key = null;
        foreach (var columnTitle in new[] { "Ressources à partager", "Questions au réseau", "Idées pour la prochaine rencontre" })
        {
            key = FractionalKey.Between(key, null);
            db.WallColumns.Add(new WallColumn { Wall = wall, Title = columnTitle, OrderKey = key, CreatedAt = now });
        }
        await db.SaveChangesAsync(ct);
        return (await FindAsync(ct))!.Value;
    }

    private async Task<int?> FindAsync(CancellationToken ct) =>
        await db.Walls.AsNoTracking().Where(w => w.ThematicNetworkId == null).OrderBy(w => w.Id).Select(w => (int?)w.Id).FirstOrDefaultAsync(ct);
}
