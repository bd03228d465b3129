using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals.Indicators;

/// <summary>
/// Proposals published during the period (not withdrawn) whose current status is one step of the answer process:
/// one indicator per status, so the CSV has one stable column each and the chart one bar each.
/// </summary>
public abstract class ProposalsInStatusIndicator(PortalDbContext db, ProposalStatus status) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "propositions-" + ProposalStatuses.Slug(status),
        "Propositions au statut « " + ProposalStatuses.Label(status) + " »",
        "4.1",
        "Référentiel national, objectif 4.1 : dispositifs permettant d'animer une concertation et une participation avec le public",
        "Nombre de propositions d'habitants publiées pendant la période, non retirées, dont le statut actuel est « "
            + ProposalStatuses.Label(status) + " ». Filtrée par CTG, axe et commune de la proposition.",
        IndicatorUnit.Count);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default) =>
        IndicatorValue.Of(await db.Proposals.AsNoTracking().PublishedDuring(scope)
            .CountAsync(p => p.WithdrawnAt == null && p.Status == status, ct));
}

public sealed class ProposalsSubmittedIndicator(PortalDbContext db) : ProposalsInStatusIndicator(db, ProposalStatus.Deposee);
public sealed class ProposalsUnderStudyIndicator(PortalDbContext db) : ProposalsInStatusIndicator(db, ProposalStatus.AEtude);
public sealed class ProposalsRoutedIndicator(PortalDbContext db) : ProposalsInStatusIndicator(db, ProposalStatus.Orientee);
public sealed class ProposalsKeptIndicator(PortalDbContext db) : ProposalsInStatusIndicator(db, ProposalStatus.Retenue);
public sealed class ProposalsNotKeptIndicator(PortalDbContext db) : ProposalsInStatusIndicator(db, ProposalStatus.NonRetenue);
public sealed class ProposalsCarriedOutIndicator(PortalDbContext db) : ProposalsInStatusIndicator(db, ProposalStatus.Realisee);
