using Ctg.Participation.Indicators;

namespace Ctg.Participation.Initiatives.Indicators;

/// <summary>The initiatives of the scope's CTG, axis and commune (an initiative has one axis and one or more communes).</summary>
public static class InitiativesInScope
{
    public static IQueryable<CitizenInitiative> InScope(this IQueryable<CitizenInitiative> initiatives, IndicatorScope scope)
    {
        var query = initiatives;
        if (scope.ConventionId is { } convention) query = query.Where(i => i.ConventionId == convention);
        if (scope.AxisId is { } axis) query = query.Where(i => i.AxisId == axis);
        if (scope.MunicipalityId is { } municipality) query = query.Where(i => i.Municipalities.Any(m => m.MunicipalityId == municipality));
        return query;
    }
}
