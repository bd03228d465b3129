using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Routing;

/// <summary>What a contributor reads on the public page: where the item was routed and the group's answer.</summary>
public sealed class ContributionRoutings(PortalDbContext db)
{
    public sealed record Status(string Label, string? Answer, DateTimeOffset Since);

    /// <summary>Open and answered routings; a hand-back is the coordination's business, not the contributor's.</summary>
    public async Task<IReadOnlyList<Status>> ForAsync(ContributionKind kind, int id, CancellationToken ct = default)
    {
        var rows = await db.Routings.AsNoTracking()
            .Where(r => r.ContributionKind == kind && r.ContributionId == id && r.Status != RoutingStatus.HandedBack)
            .OrderBy(r => r.RoutedAt).ThenBy(r => r.Id)
            .Select(r => new { r.Status, r.Answer, r.RoutedAt, Group = r.WorkingGroup!.Name }).ToListAsync(ct);
        return rows.Select(r => new Status(RoutingRules.Label(r.Status, r.Group), r.Status == RoutingStatus.Answered ? r.Answer : null, r.RoutedAt)).ToList();
    }
}
