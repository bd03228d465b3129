using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Routing.Indicators;

/// <summary>Référentiel 1.2 « Nombre et nature des alertes en direction du Copil »: alerts raised during the period.</summary>
public sealed class CopilAlertsRaisedIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "alertes-copil-levees",
        "Alertes au Copil levées",
        "1.2",
        "Référentiel national, objectif 1.2 : « Nombre et nature des alertes en direction du Copil »",
        "Nombre d'alertes au comité de pilotage levées par la coordination de la CTG pendant la période. Une alerte ne "
            + "porte ni axe ni commune : les filtres axe et commune sont sans effet sur cet indicateur. Nature : ce sur quoi porte "
            + "l'alerte (une fiche action, une proposition, une initiative, une carte de mur, une réponse d'enquête, ou un autre sujet).",
        IndicatorUnit.Count) { ReferentialLine = "T2-1.2-b" };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (start, end) = (scope.Start, scope.End);
        var alerts = db.CopilAlerts.AsNoTracking().Where(a => a.RaisedAt >= start && a.RaisedAt < end);
        if (scope.ConventionId is { } convention) alerts = alerts.Where(a => a.ConventionId == convention);
        return await CopilAlertNatures.CountAsync(alerts, ct);
    }
}

/// <summary>« Nombre et nature des alertes »: an alert's nature is what it is about.</summary>
internal static class CopilAlertNatures
{
    public static async Task<IndicatorValue> CountAsync(IQueryable<CopilAlert> alerts, CancellationToken ct)
    {
        var rows = await alerts.GroupBy(a => new { OnAction = a.ActionId != null, a.ContributionKind })
            .Select(g => new { g.Key.OnAction, g.Key.ContributionKind, Count = g.Count() }).ToListAsync(ct);
        var breakdown = rows.GroupBy(r => Nature(r.OnAction, r.ContributionKind)).Select(g => new IndicatorBreakdown(g.Key, g.Sum(r => r.Count)))
            .OrderByDescending(b => b.Count).ThenBy(b => b.Nature, StringComparer.Ordinal).ToList();
        return IndicatorValue.Of(rows.Sum(r => r.Count)) with { Breakdown = breakdown };
    }

    private static string Nature(bool onAction, ContributionKind? kind) => onAction ? "Fiche action" : kind switch
    {
        ContributionKind.Proposal => "Proposition d'habitant",
        ContributionKind.Initiative => "Initiative citoyenne",
        ContributionKind.WallCard => "Carte d'un mur collaboratif",
        ContributionKind.SurveyAnswer => "Réponse à une enquête",
        _ => "Autre sujet",
    };
}

/// <summary>Référentiel 1.2: alerts the Copil dealt with (closed with what was decided) during the period.</summary>
public sealed class CopilAlertsClosedIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "alertes-copil-closes",
        "Alertes au Copil closes",
        "1.2",
        "Référentiel national, objectif 1.2 : « Nombre et nature des alertes en direction du Copil »",
        "Nombre d'alertes au comité de pilotage closes pendant la période, avec la suite donnée consignée (quelle que soit "
            + "la date à laquelle elles ont été levées). Les filtres axe et commune sont sans effet sur cet indicateur.",
        IndicatorUnit.Count) { ReferentialLine = "T2-1.2-b" };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (start, end) = (scope.Start, scope.End);
        var alerts = db.CopilAlerts.AsNoTracking().Where(a => a.ClosedAt != null && a.ClosedAt >= start && a.ClosedAt < end);
        if (scope.ConventionId is { } convention) alerts = alerts.Where(a => a.ConventionId == convention);
        return await CopilAlertNatures.CountAsync(alerts, ct);
    }
}
