using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals.Indicators;

/// <summary>The share of proposals of the period that received the CTG's answer (kept, not kept, or carried out).</summary>
public sealed class ProposalsAnsweredShareIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "propositions-part-repondues",
        "Part des propositions ayant reçu une réponse",
        "4.1",
        "Référentiel national, objectif 4.1 : dispositifs permettant d'animer une concertation et une participation avec le public",
        "Parmi les propositions publiées pendant la période et non retirées, pourcentage de celles qui ont reçu la réponse "
            + "motivée de la CTG (statut « Retenue », « Non retenue » ou « Réalisée »), à la date du calcul. "
            + "Sans proposition, pas de valeur. Filtrée par CTG, axe et commune de la proposition.",
        IndicatorUnit.Percent);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var published = db.Proposals.AsNoTracking().PublishedDuring(scope).Where(p => p.WithdrawnAt == null);
        var total = await published.CountAsync(ct);
        if (total == 0) return IndicatorValue.None;
        var answered = await published.CountAsync(p => p.Status == ProposalStatus.Retenue || p.Status == ProposalStatus.NonRetenue || p.Status == ProposalStatus.Realisee, ct);
        return IndicatorValue.Of(Math.Round(100m * answered / total, 1), $"{answered} sur {total}");
    }
}
