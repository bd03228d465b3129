using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Conventions;

/// <summary>
/// Who may read or change which CTG's back-office. Assignments are read from the database on each check (one indexed
/// lookup), so a coordinator removed from a CTG loses access at once, not at their next sign-in.
/// </summary>
public sealed class ConventionAccess(PortalDbContext db)
{
    public async Task<bool> CanReadAsync(string? userId, IReadOnlyCollection<string> roles, int conventionId, CancellationToken ct = default)
    {
        if (userId is null) return false;
        if (roles.Any(r => ConventionPermissions.AllConventionsReaders.Contains(r))) return true;
        return await IsCoordinatorOfAsync(userId, conventionId, ct);
    }

    public async Task<bool> CanManageAsync(string? userId, IReadOnlyCollection<string> roles, int conventionId, CancellationToken ct = default)
    {
        if (userId is null) return false;
        if (roles.Any(r => ConventionPermissions.AllConventionsManagers.Contains(r))) return true;
        return await IsCoordinatorOfAsync(userId, conventionId, ct);
    }

    public Task<bool> IsCoordinatorOfAsync(string userId, int conventionId, CancellationToken ct = default) =>
        db.CoordinatorAssignments.AnyAsync(a => a.UserId == userId && a.ConventionId == conventionId, ct);

    /// <summary>The CTGs a staff account may open in /coordination, by name.</summary>
    public async Task<IReadOnlyList<ConventionSummary>> ReadableConventionsAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        var query = db.Conventions.AsNoTracking();
        if (!roles.Any(r => ConventionPermissions.AllConventionsReaders.Contains(r)))
        {
            query = query.Where(c => db.CoordinatorAssignments.Any(a => a.UserId == userId && a.ConventionId == c.Id));
        }
        return await query.OrderBy(c => c.Name).Select(ConventionSummary.Projection).ToListAsync(ct);
    }
}
