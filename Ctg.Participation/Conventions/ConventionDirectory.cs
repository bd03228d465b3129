using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Conventions;

/// <summary>Reads the CTGs of the department: the chooser's list and one CTG with everything its pages show.</summary>
public sealed class ConventionDirectory(PortalDbContext db)
{
    public async Task<IReadOnlyList<ConventionSummary>> ListAsync(CancellationToken ct = default) =>
        await db.Conventions.AsNoTracking().OrderBy(c => c.Name).Select(ConventionSummary.Projection).ToListAsync(ct);

    public Task<ConventionSummary?> FindSummaryAsync(string slug, CancellationToken ct = default) =>
        db.Conventions.AsNoTracking().Where(c => c.Slug == slug).Select(ConventionSummary.Projection).FirstOrDefaultAsync(ct);

    /// <summary>One CTG with its communes, axes, groups, networks, bodies and partners, in one round trip per collection.</summary>
    public Task<Convention?> FindWithDetailsAsync(string slug, CancellationToken ct = default) =>
        db.Conventions.AsNoTracking()
            .Include(c => c.Municipalities.OrderBy(m => m.Name))
            .Include(c => c.Axes.OrderBy(a => a.Position))
            .Include(c => c.WorkingGroups.OrderBy(g => g.Name)).ThenInclude(g => g.Axes)
            .Include(c => c.ThematicNetworks.OrderBy(n => n.Name))
            .Include(c => c.GovernanceBodies.OrderBy(b => b.Kind))
            .Include(c => c.Partners).ThenInclude(p => p.Partner)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Slug == slug, ct);

    /// <summary>Thematic networks of every CTG (or one), with their member count, for /reseaux.</summary>
    public async Task<IReadOnlyList<NetworkSummary>> ListNetworksAsync(string? conventionSlug, CancellationToken ct = default)
    {
        var query = db.ThematicNetworks.AsNoTracking();
        if (!string.IsNullOrEmpty(conventionSlug)) query = query.Where(n => n.Convention!.Slug == conventionSlug);
        return await query
            .OrderBy(n => n.Convention!.Name).ThenBy(n => n.Name)
            .Select(n => new NetworkSummary(n.Id, n.Slug, n.Name, n.Description, n.Convention!.Slug, n.Convention.Name, n.Members.Count))
            .ToListAsync(ct);
    }
}

public sealed record NetworkSummary(int Id, string Slug, string Name, string? Description, string ConventionSlug, string ConventionName, int MemberCount);
