using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Routing;

/// <summary>What a contributor reads on the public page: where the item was routed and the group's answer.</summary>
public sealed class ContributionRoutings(PortalDbContext db)
{
    public sealed record Status(string Label, string? Answer, DateTimeOffset Since);

    private sealed record Row(RoutingStatus Status, string? Answer, DateTimeOffset RoutedAt, string Group);

    // Compiled once: every public proposal and initiative page runs it, and its translation cost more than its answer.
    private static readonly Func<PortalDbContext, ContributionKind, int, IAsyncEnumerable<Row>> RoutingsOf = EF.CompileAsyncQuery(
        (PortalDbContext db, ContributionKind kind, int id) => db.Routings.AsNoTracking()
            .Where(r => r.ContributionKind == kind && r.ContributionId == id && r.Status != RoutingStatus.HandedBack)
            .OrderBy(r => r.RoutedAt).ThenBy(r => r.Id)
            .Select(r => new Row(r.Status, r.Answer, r.RoutedAt, r.WorkingGroup!.Name)));

    /// <summary>Open and answered routings; a hand-back is the coordination's business, not the contributor's.</summary>
    public async Task<IReadOnlyList<Status>> ForAsync(ContributionKind kind, int id, CancellationToken ct = default)
    {
        var statuses = new List<Status>();
        await foreach (var r in RoutingsOf(db, kind, id).WithCancellation(ct))
        {
            statuses.Add(new Status(RoutingRules.Label(r.Status, r.Group), r.Status == RoutingStatus.Answered ? r.Answer : null, r.RoutedAt));
        }
        return statuses;
    }
}
