using Ctg.Participation.Data;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Initiatives;

/// <summary>Validated citizen initiatives of a CTG, for the routing desk; they wait from the day they were validated.</summary>
public sealed class InitiativeRoutableSource(PortalDbContext db) : IRoutableSource
{
    public ContributionKind Kind => ContributionKind.Initiative;
    public string KeyPrefix => "initiative";
    public string KindLabel => "Initiative";

    public string? PublicLink(int id) => $"/initiatives/{id}";

    /// <summary>Validated initiatives accumulate over the years of a CTG: the desk counts and pages them in the database.</summary>
    public IQueryable<RoutableStubRow> StubQuery(int conventionId, RoutableFilter filter) =>
        Routable(conventionId, filter, null).Select(i => new RoutableStubRow { Id = i.Id, Since = i.ReviewedAt ?? i.CreatedAt });

    public async Task<IReadOnlyList<RoutableItem>> ListAsync(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids, CancellationToken ct = default)
    {
        var rows = await Routable(conventionId, filter, ids).Select(i => new
        {
            i.Id, i.Name, Since = i.ReviewedAt ?? i.CreatedAt, i.AuthorId, Axis = new RoutableTag(i.AxisId, i.Axis!.Name),
            Municipalities = i.Municipalities.Select(m => new RoutableTag(m.MunicipalityId, m.Municipality!.Name)).ToList(),
        }).ToListAsync(ct);
        return rows.Select(i => new RoutableItem(Kind, i.Id, i.Name, i.Since, [i.Axis], i.Municipalities, i.AuthorId)).ToList();
    }

    private IQueryable<CitizenInitiative> Routable(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids)
    {
        var query = db.CitizenInitiatives.AsNoTracking().Where(i => i.ConventionId == conventionId && i.Status == InitiativeStatus.Validated);
        // One parameter whatever the number of ids (see ProposalRoutableSource).
        if (ids?.ToArray() is { } idArray) query = query.Where(i => EF.Parameter(idArray).Contains(i.Id));
        if (filter.AxisId is { } axis) query = query.Where(i => i.AxisId == axis);
        if (filter.MunicipalityId is { } commune) query = query.Where(i => i.Municipalities.Any(m => m.MunicipalityId == commune));
        if (filter.SinceBefore is { } before) query = query.Where(i => (i.ReviewedAt ?? i.CreatedAt) < before);
        if (filter.SinceAfter is { } after) query = query.Where(i => (i.ReviewedAt ?? i.CreatedAt) >= after);
        return query;
    }
}
