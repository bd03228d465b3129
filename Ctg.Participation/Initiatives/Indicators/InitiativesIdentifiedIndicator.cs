using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Initiatives.Indicators;

/// <summary>Référentiel 4.1, action « Identification des initiatives citoyennes sur le territoire ».</summary>
public sealed class InitiativesIdentifiedIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "initiatives-identifiees",
        "Initiatives citoyennes identifiées",
        "4.1",
        "Référentiel national, objectif 4.1, action « Identification des initiatives citoyennes sur le territoire »",
        "Nombre d'initiatives citoyennes déclarées sur le portail et validées par la coordination de la CTG pendant la "
            + "période (date de validation). Les initiatives refusées ou en attente ne comptent pas. "
            + "Filtrée par CTG, axe et commune de l'initiative.",
        IndicatorUnit.Count);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (start, end) = (scope.Start, scope.End);
        return IndicatorValue.Of(await db.CitizenInitiatives.AsNoTracking().InScope(scope)
            .CountAsync(i => i.Status == InitiativeStatus.Validated && i.ReviewedAt >= start && i.ReviewedAt < end, ct));
    }
}
