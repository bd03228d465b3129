using Ctg.Participation.Indicators;

namespace Ctg.Participation.Proposals.Indicators;

/// <summary>
/// The proposals an indicator counts: published (drafts never counted), of the scope's CTG, concerning its axis and
/// commune when the scope names them. Each filter is a WHERE or an EXISTS on indexed link tables.
/// </summary>
public static class ProposalsInScope
{
    public static IQueryable<Proposal> InScope(this IQueryable<Proposal> proposals, IndicatorScope scope)
    {
        var query = proposals.Where(p => p.PublishedAt != null);
        if (scope.ConventionId is { } convention) query = query.Where(p => p.ConventionId == convention);
        if (scope.AxisId is { } axis) query = query.Where(p => p.Axes.Any(a => a.AxisId == axis));
        if (scope.MunicipalityId is { } municipality) query = query.Where(p => p.Municipalities.Any(m => m.MunicipalityId == municipality));
        return query;
    }

    /// <summary>In scope and published during the period.</summary>
    public static IQueryable<Proposal> PublishedDuring(this IQueryable<Proposal> proposals, IndicatorScope scope)
    {
        var (start, end) = (scope.Start, scope.End);
        return proposals.InScope(scope).Where(p => p.PublishedAt >= start && p.PublishedAt < end);
    }
}
