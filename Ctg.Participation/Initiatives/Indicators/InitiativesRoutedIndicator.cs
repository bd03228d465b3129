using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Initiatives.Indicators;

/// <summary>Référentiel 4.1, action « Mise en relation des initiatives citoyennes avec les groupes de travail de la Ctg ».</summary>
public sealed class InitiativesRoutedIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "initiatives-mises-en-relation",
        "Initiatives citoyennes mises en relation avec un groupe de travail",
        "4.1",
        "Référentiel national, objectif 4.1, action « Mise en relation des initiatives citoyennes avec les groupes de travail de la Ctg »",
        "Nombre d'initiatives citoyennes validées orientées vers au moins un groupe de travail de la CTG pendant la période "
            + "(une initiative orientée vers deux groupes compte une fois). Filtrée par CTG, axe et commune de l'initiative.",
        IndicatorUnit.Count);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (start, end) = (scope.Start, scope.End);
        var routed = db.Routings.Where(r => r.ContributionKind == ContributionKind.Initiative && r.RoutedAt >= start && r.RoutedAt < end);
        return IndicatorValue.Of(await db.CitizenInitiatives.AsNoTracking().InScope(scope)
            .CountAsync(i => i.Status == InitiativeStatus.Validated && routed.Any(r => r.ContributionId == i.Id), ct));
    }
}
