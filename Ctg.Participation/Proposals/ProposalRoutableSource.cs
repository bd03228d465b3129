using Ctg.Participation.Data;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>Published, visible, not withdrawn proposals of a CTG, for the routing desk.</summary>
public sealed class ProposalRoutableSource(PortalDbContext db) : IRoutableSource
{
    public ContributionKind Kind => ContributionKind.Proposal;
    public string KeyPrefix => "proposition";
    public string KindLabel => "Proposition";

    public string? PublicLink(int id) => $"/propositions/{id}";

    /// <summary>A busy CTG has tens of thousands of proposals: the desk counts and pages them in the database.</summary>
    public IQueryable<RoutableStubRow> StubQuery(int conventionId, RoutableFilter filter) =>
        Routable(conventionId, filter, null).Select(p => new RoutableStubRow { Id = p.Id, Since = p.PublishedAt!.Value });

    public async Task<IReadOnlyList<RoutableItem>> ListAsync(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids, CancellationToken ct = default)
    {
        // The items, then their axes and communes in one query (UNION ALL, by proposal id: key lookups), rather than a
        // split query per collection: two plain statements, which EF Core and SQLite prepare faster (the desk describes
        // its page of 50 this way at every visit).
        var routable = Routable(conventionId, filter, ids);
        var rows = await routable.Select(p => new { p.Id, p.Title, Since = p.PublishedAt!.Value, p.AuthorId }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var routableIds = routable.Select(p => p.Id);
        var links = (await db.Set<ProposalAxis>().AsNoTracking().Where(a => routableIds.Contains(a.ProposalId))
                .Select(a => new { a.ProposalId, IsAxis = true, Id = a.AxisId, a.Axis!.Name })
                .Concat(db.Set<ProposalMunicipality>().AsNoTracking().Where(m => routableIds.Contains(m.ProposalId))
                    .Select(m => new { m.ProposalId, IsAxis = false, Id = m.MunicipalityId, m.Municipality!.Name }))
                .ToListAsync(ct))
            .OrderBy(l => l.Id).ToLookup(l => (l.ProposalId, l.IsAxis), l => new RoutableTag(l.Id, l.Name));
        return rows.Select(p => new RoutableItem(Kind, p.Id, p.Title, p.Since, links[(p.Id, true)].ToList(), links[(p.Id, false)].ToList(), p.AuthorId))
            .ToList();
    }

    private IQueryable<Proposal> Routable(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids)
    {
        var query = db.Proposals.AsNoTracking().Where(p => p.ConventionId == conventionId && p.PublishedAt != null && p.WithdrawnAt == null
                                                        && p.Moderation == ModerationState.Visible);
        // One parameter (a JSON array on SQLite) whatever the number of ids: the statement stays the same from page to page,
        // where one parameter per id made EF Core build its SQL again at every page of the desk.
        if (ids?.ToArray() is { } idArray) query = query.Where(p => EF.Parameter(idArray).Contains(p.Id));
        if (filter.AxisId is { } axis) query = query.Where(p => p.Axes.Any(a => a.AxisId == axis));
        if (filter.MunicipalityId is { } commune) query = query.Where(p => p.Municipalities.Any(m => m.MunicipalityId == commune));
        if (filter.SinceBefore is { } before) query = query.Where(p => p.PublishedAt < before);
        if (filter.SinceAfter is { } after) query = query.Where(p => p.PublishedAt >= after);
        return query;
    }
}
