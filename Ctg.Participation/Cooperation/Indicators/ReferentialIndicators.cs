using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Cooperation.Schemes;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Cooperation.Indicators;

/// <summary>
/// T2-1.2-a « nombre et nature des axes de la CTG dont la programmation est suivie »: axes with at least one fiche action
/// whose follow-up was recorded in the period (a measurement of one of its indicators or a progress note), broken
/// down by axis (how many fiches were followed on each).
/// </summary>
public sealed class AxesFollowedIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new("plan.axes-suivis", "Axes de la CTG dont la programmation est suivie", "1.2",
        "Portail : plan d'actions (fiches actions, mesures des indicateurs, notes de suivi)",
        "Nombre d'axes de la CTG ayant au moins une fiche action suivie pendant la période (une mesure d'indicateur ou une note de suivi datée de la période) ; "
            + "la répartition donne, par axe, le nombre de fiches suivies. Avec un axe, seul cet axe compte ; le filtre par commune est ignoré (une fiche n'a pas de commune).",
        IndicatorUnit.Count) { ReferentialLine = "T2-1.2-a" };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (from, to) = (scope.From, scope.To);
        var actions = db.PlanActions.AsNoTracking().Where(a =>
            db.PlanActionNotes.Any(n => n.ActionId == a.Id && n.WrittenOn >= from && n.WrittenOn <= to)
            || db.PlanMeasurements.Any(m => m.MeasuredOn >= from && m.MeasuredOn <= to && db.PlanIndicators.Any(i => i.Id == m.IndicatorId && i.ActionId == a.Id)));
        if (scope.ConventionId is { } conventionId) actions = actions.Where(a => a.ConventionId == conventionId);
        if (scope.AxisId is { } axisId) actions = actions.Where(a => a.AxisId == axisId);
        var rows = await actions.GroupBy(a => new { a.AxisId, a.Axis!.Name }).Select(g => new { g.Key.Name, Count = g.Count() }).ToListAsync(ct);
        return IndicatorValue.Of(rows.Count) with { Breakdown = Breakdowns.Of(rows.Select(r => (r.Name, r.Count))) };
    }
}

/// <summary>What the diagnostic indicators share: the diagnostics of the scope (CTG, axis, commune).</summary>
internal static class DiagnosticScopeQuery
{
    public static IQueryable<SharedDiagnostic> Diagnostics(PortalDbContext db, IndicatorScope scope)
    {
        var diagnostics = db.Set<SharedDiagnostic>().AsNoTracking();
        if (scope.ConventionId is { } conventionId) diagnostics = diagnostics.Where(d => d.ConventionId == conventionId);
        if (scope.AxisId is { } axisId) diagnostics = diagnostics.Where(d => d.Axes.Any(a => a.AxisId == axisId));
        if (scope.MunicipalityId is { } municipalityId) diagnostics = diagnostics.Where(d => d.Municipalities.Any(m => m.MunicipalityId == municipalityId));
        return diagnostics;
    }

    public const string Source = "Portail : diagnostics partagés (/coordination/{ctg}/diagnostics)";
    public const string ScopeNote = " Avec un axe ou une commune, seuls les diagnostics dont le périmètre les comprend comptent.";
}

/// <summary>T2-2.1-a « nombre de partenaires associés à la démarche de diagnostic partagé ».</summary>
public sealed class DiagnosticPartnersIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new("diagnostics.partenaires-associes", "Partenaires associés au diagnostic partagé", "2.1",
        DiagnosticScopeQuery.Source,
        "Nombre de partenaires distincts associés (contributeur, fournisseur de données ou relecteur) aux diagnostics partagés en travail pendant la période : "
            + "commencés avant sa fin et pas encore validés, ou validés en Copil pendant ou après la période." + DiagnosticScopeQuery.ScopeNote,
        IndicatorUnit.Count) { ReferentialLine = "T2-2.1-a" };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (from, to) = (scope.From, scope.To);
        var active = DiagnosticScopeQuery.Diagnostics(db, scope).Where(d => d.StartedOn <= to && (d.ValidatedOn == null || d.ValidatedOn >= from));
        var rows = await db.Set<DiagnosticPartner>().AsNoTracking().Where(p => active.Any(d => d.Id == p.DiagnosticId))
            .GroupBy(p => p.Role).Select(g => new { Role = g.Key, Count = g.Count() }).ToListAsync(ct);
        var distinct = await db.Set<DiagnosticPartner>().AsNoTracking().Where(p => active.Any(d => d.Id == p.DiagnosticId)).Select(p => p.PartnerId).Distinct().CountAsync(ct);
        return IndicatorValue.Of(distinct) with { Breakdown = Breakdowns.Of(rows.Select(r => (r.Role.Label(), r.Count))) };
    }
}

/// <summary>
/// FA17-3 « nombre de diagnostics et d'outils de suivi produits »: diagnostics validated in Copil during the period
/// (by scope: territorial, thematic) and follow-up indicators of fiches actions put in place (first measured) during it.
/// </summary>
public sealed class DiagnosticsProducedIndicator(PortalDbContext db) : IIndicator
{
    public const string FollowUpTool = "Indicateur de suivi de fiche action";

    public IndicatorDefinition Definition { get; } = new("diagnostics.produits", "Diagnostics et outils de suivi produits", "FA17",
        DiagnosticScopeQuery.Source + " ; plan d'actions (indicateurs des fiches)",
        "Diagnostics partagés validés en Copil pendant la période (par nature : territorial, thématique) plus indicateurs de suivi des fiches actions mis en place "
            + "pendant la période (leur première mesure est datée de la période)." + DiagnosticScopeQuery.ScopeNote + " Avec un axe, seuls les indicateurs des fiches de cet axe comptent.",
        IndicatorUnit.Count) { ReferentialLine = "FA17-3" };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (from, to) = (scope.From, scope.To);
        var validated = await DiagnosticScopeQuery.Diagnostics(db, scope).Where(d => d.Status == DiagnosticStatus.ValideEnCopil && d.ValidatedOn >= from && d.ValidatedOn <= to)
            .GroupBy(d => d.Scope).Select(g => new { Scope = g.Key, Count = g.Count() }).ToListAsync(ct);
        var indicators = db.PlanIndicators.AsNoTracking().Where(i => i.Measurements.Any(m => m.MeasuredOn >= from && m.MeasuredOn <= to) && !i.Measurements.Any(m => m.MeasuredOn < from));
        if (scope.ConventionId is { } conventionId) indicators = indicators.Where(i => i.Action!.ConventionId == conventionId);
        if (scope.AxisId is { } axisId) indicators = indicators.Where(i => i.Action!.AxisId == axisId);
        // A fiche has no commune: with a commune filter, follow-up tools are left out rather than counted everywhere.
        var tools = scope.MunicipalityId is null ? await indicators.CountAsync(ct) : 0;
        var rows = validated.Select(v => (v.Scope.Label(), v.Count)).Append((FollowUpTool, tools));
        return IndicatorValue.Of(validated.Sum(v => v.Count) + tools) with { Breakdown = Breakdowns.Of(rows) };
    }
}

/// <summary>
/// FA17-4 « niveau d'articulation entre dispositifs (actions conjointes, projets partagés) »: fiches actions serving two
/// or more public-policy schemes, among those under way in the period.
/// </summary>
public sealed class SchemeArticulationIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new("dispositifs.actions-partagees", "Actions partagées entre dispositifs", "FA17",
        "Portail : plan d'actions, dispositifs servis par chaque fiche (liste du département)",
        "Nombre de fiches actions rattachées à au moins deux dispositifs de politique publique (SPPE, CLS, SDSF, PEDT, contrat de ville…) parmi les fiches en cours sur la période "
            + "(commencées avant sa fin ou sans date de début, ni abandonnées ni échues avant son début). Le détail rapporte ce nombre aux fiches en cours. "
            + "Avec un axe, seules les fiches de cet axe comptent ; le filtre par commune est ignoré.",
        IndicatorUnit.Count) { ReferentialLine = "FA17-4" };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (from, to) = (scope.From, scope.To);
        var actions = db.PlanActions.AsNoTracking().Where(a => a.Status != ActionPlan.PlanActionStatus.Abandoned
            && (a.StartDate == null || a.StartDate <= to) && (a.DueDate == null || a.DueDate >= from));
        if (scope.ConventionId is { } conventionId) actions = actions.Where(a => a.ConventionId == conventionId);
        if (scope.AxisId is { } axisId) actions = actions.Where(a => a.AxisId == axisId);
        var counts = await actions.GroupBy(_ => 1).Select(g => new
        {
            All = g.Count(),
            Shared = g.Count(a => db.Set<PlanActionScheme>().Count(t => t.ActionId == a.Id) >= 2),
        }).SingleOrDefaultAsync(ct);
        if (counts is null) return IndicatorValue.Of(0, "aucune fiche en cours");
        return IndicatorValue.Of(counts.Shared, $"{counts.Shared} sur {counts.All} fiche{(counts.All > 1 ? "s" : "")} en cours");
    }
}
