using Ctg.Participation.Data;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

/// <summary>Finding a wall by its address, listing a network's walls, opening a new wall.</summary>
public sealed class WallDirectory(PortalDbContext db, TimeProvider clock)
{
    public sealed record NetworkPlace(int NetworkId, string NetworkSlug, string NetworkName, string? Description, int ConventionId, string ConventionSlug, string ConventionName);

    public sealed record WallPlace(int WallId, string Slug, string Title, bool IsPublic, NetworkPlace Network)
    {
        /// <summary>Network slugs are unique within a CTG only, so the address names the CTG too.</summary>
        public string Url => $"/reseaux/{Network.ConventionSlug}/{Network.NetworkSlug}/murs/{Slug}";
    }

    public sealed record WallListing(int Id, string Slug, string Title, bool IsPublic);

    public Task<NetworkPlace?> FindNetworkAsync(string ctgSlug, string networkSlug, CancellationToken ct = default) =>
        db.ThematicNetworks.AsNoTracking()
            .Where(n => n.Slug == networkSlug && n.Convention!.Slug == ctgSlug)
            .Select(n => new NetworkPlace(n.Id, n.Slug, n.Name, n.Description, n.ConventionId, n.Convention!.Slug, n.Convention.Name))
            .FirstOrDefaultAsync(ct);

    public async Task<WallPlace?> FindAsync(string ctgSlug, string networkSlug, string wallSlug, CancellationToken ct = default)
    {
        var network = await FindNetworkAsync(ctgSlug, networkSlug, ct);
        if (network is null) return null;
        return await db.Walls.AsNoTracking().Where(w => w.ThematicNetworkId == network.NetworkId && w.Slug == wallSlug)
            .Select(w => new WallPlace(w.Id, w.Slug, w.Title, w.IsPublic, network)).FirstOrDefaultAsync(ct);
    }

    public async Task<WallPlace?> FindByIdAsync(int wallId, CancellationToken ct = default)
    {
        var row = await db.Walls.AsNoTracking().Where(w => w.Id == wallId)
            .Select(w => new { w.Id, w.Slug, w.Title, w.IsPublic, Network = new NetworkPlace(w.ThematicNetwork!.Id, w.ThematicNetwork.Slug, w.ThematicNetwork.Name,
                w.ThematicNetwork.Description, w.ThematicNetwork.ConventionId, w.ThematicNetwork.Convention!.Slug, w.ThematicNetwork.Convention.Name) })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new WallPlace(row.Id, row.Slug, row.Title, row.IsPublic, row.Network);
    }

    /// <summary>The network's walls; private ones only for those who may read them.</summary>
    public async Task<IReadOnlyList<WallListing>> ListAsync(int networkId, bool includePrivate, CancellationToken ct = default) =>
        await db.Walls.AsNoTracking().Where(w => w.ThematicNetworkId == networkId && (includePrivate || w.IsPublic))
            .OrderBy(w => w.Title).Select(w => new WallListing(w.Id, w.Slug, w.Title, w.IsPublic)).ToListAsync(ct);

    /// <summary>Opens a wall with three starting columns. The caller has checked that the person may write in the network.</summary>
    public async Task<WallPlace> CreateAsync(NetworkPlace network, string? title, bool isPublic, CancellationToken ct = default)
    {
        var clean = (title ?? "").Trim();
        if (clean.Length == 0) throw new WallRuleException("Donnez un titre au mur.");
        if (clean.Length > WallLimits.WallTitleLength) throw new WallRuleException($"Le titre d'un mur est limité à {WallLimits.WallTitleLength} caractères.");
        var baseSlug = Slugs.From(clean);
        if (baseSlug.Length == 0) baseSlug = "mur";
        if (baseSlug.Length > 60) baseSlug = baseSlug[..60].TrimEnd('-');
        var slug = baseSlug;
        for (var n = 2; await db.Walls.AnyAsync(w => w.ThematicNetworkId == network.NetworkId && w.Slug == slug, ct); n++) slug = $"{baseSlug}-{n}";

        var now = clock.GetUtcNow();
        var wall = new Wall { ThematicNetworkId = network.NetworkId, Slug = slug, Title = clean, IsPublic = isPublic, CreatedAt = now };
        db.Walls.Add(wall);
        string? key = null;
        foreach (var columnTitle in new[] { "Idées", "En cours", "Retenu" })
        {
            key = FractionalKey.Between(key, null);
            db.WallColumns.Add(new WallColumn { Wall = wall, Title = columnTitle, OrderKey = key, CreatedAt = now });
        }
        await db.SaveChangesAsync(ct);
        return new WallPlace(wall.Id, wall.Slug, wall.Title, wall.IsPublic, network);
    }
}
