using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Cooperation.Indicators;

/// <summary>Builds « nombre et nature » breakdowns: largest first, then by label.</summary>
public static class Breakdowns
{
    public static IReadOnlyList<IndicatorBreakdown> Of(IEnumerable<(string Nature, int Count)> rows) =>
        rows.Where(r => r.Count > 0).OrderByDescending(r => r.Count).ThenBy(r => r.Nature, StringComparer.Ordinal)
            .Select(r => new IndicatorBreakdown(r.Nature, r.Count)).ToList();
}

/// <summary>
/// A Tableau 2 line counted from the journal de coopération: the entries of one kind dated within the period, broken
/// down by their nature. With an axis or a commune, only the entries that name it count.
/// </summary>
public abstract class JournalKindIndicator(PortalDbContext db, CooperationKind kind, string code, string label) : IIndicator
{
    public const string Source = "Portail : journal de coopération (/coordination/{ctg}/journal)";

    public CooperationKind Kind => kind;

    public IndicatorDefinition Definition { get; } = new(code, label, kind.Function(), Source,
        $"Nombre d'entrées du journal de coopération de type « {kind.Label()} » datées de la période, et leur répartition par nature "
            + "(liste des natures tenue par l'administrateur du département). Par CTG (ou tout le département) ; avec un axe ou une commune, "
            + "seules les entrées qui le mentionnent comptent.",
        IndicatorUnit.Count) { ReferentialLine = kind.LineCode() };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var rows = await JournalScope.Entries(db, scope).Where(e => e.Kind == kind)
            .GroupBy(e => e.Nature!.Label).Select(g => new { Nature = g.Key, Count = g.Count() }).ToListAsync(ct);
        var breakdown = Breakdowns.Of(rows.Select(r => (r.Nature, r.Count)));
        return IndicatorValue.Of(rows.Sum(r => r.Count)) with { Breakdown = breakdown };
    }
}

public static class JournalScope
{
    /// <summary>The journal entries of the scope's CTG (or department), period, axis and commune.</summary>
    public static IQueryable<CooperationEntry> Entries(PortalDbContext db, IndicatorScope scope)
    {
        var (from, to) = (scope.From, scope.To);
        var entries = db.Set<CooperationEntry>().AsNoTracking().Where(e => e.Date >= from && e.Date <= to);
        if (scope.ConventionId is { } conventionId) entries = entries.Where(e => e.ConventionId == conventionId);
        if (scope.AxisId is { } axisId) entries = entries.Where(e => e.Axes.Any(a => a.AxisId == axisId));
        if (scope.MunicipalityId is { } municipalityId) entries = entries.Where(e => e.Municipalities.Any(m => m.MunicipalityId == municipalityId));
        return entries;
    }
}

public sealed class AdviceToElectedIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.ConseilElus,
    "journal.conseils-elus", "Décisions facilitées par le conseil aux élus et au Copil");

public sealed class ExpertisesIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.Expertise,
    "journal.expertises", "Expertises mobilisées dans le Copil ou les groupes de travail");

public sealed class NewIssuesIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.NouvelleProblematique,
    "journal.nouvelles-problematiques", "Nouvelles problématiques prises en compte");

public sealed class WatchMeetingsIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.ReunionVeille,
    "journal.reunions-veille", "Réunions de veille organisées et animées");

public sealed class NewSubjectsIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.NouveauSujet,
    "journal.nouveaux-sujets", "Nouveaux sujets pris en compte");

public sealed class PolicyIssuesExplainedIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.EnjeuExplicite,
    "journal.enjeux-explicites", "Enjeux et dispositifs de politique publique explicités");

public sealed class ProjectsFacilitatedIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.ProjetFacilite,
    "journal.projets-facilites", "Projets facilités par le relais et l'appui aux partenaires");

public sealed class CafPartnerRelaysIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.RelaisCafPartenaire,
    "journal.relais-caf-partenaires", "Relais assurés entre la Caf et les partenaires");

/// <summary>T2-3.2-a, the advice itself: besides how many partners (and of which type), what kind of advice they had.</summary>
public sealed class AdviceToPartnersIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.ConseilAppuiPartenaire,
    "journal.conseils-partenaires", "Conseils et appuis apportés aux partenaires");

// « Support commun du réseau » entries count in T2-3.2-b together with the department library's supports:
// DepartmentNetwork.NetworkSupportsIndicator, the line's one value.

public sealed class EngineeringIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.Ingenierie,
    "journal.ingenieries", "Ingénieries mises à disposition des acteurs");

public sealed class InformationSupportsIndicator(PortalDbContext db) : JournalKindIndicator(db, CooperationKind.SupportInformation,
    "journal.supports-information", "Supports d'information pour aller vers les habitants");

/// <summary>
/// T2-3.2-a « nombre et type de partenaires ayant bénéficié d'un conseil et d'un appui »: distinct partners named on
/// the journal's « conseil ou appui à un partenaire » entries of the period, broken down by the partner's type.
/// </summary>
public sealed class PartnersAdvisedIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new("journal.partenaires-conseilles", "Partenaires ayant bénéficié d'un conseil ou d'un appui", "3.2",
        JournalKindIndicator.Source,
        "Nombre de partenaires distincts nommés sur les entrées du journal de type « Conseil ou appui à un partenaire » datées de la période, "
            + "et leur répartition par type de partenaire (Caf, commune, association…). Un partenaire conseillé plusieurs fois compte une fois. "
            + "Avec un axe ou une commune, seules les entrées qui le mentionnent comptent.",
        IndicatorUnit.Count) { ReferentialLine = CooperationKind.ConseilAppuiPartenaire.LineCode() };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var entries = JournalScope.Entries(db, scope).Where(e => e.Kind == CooperationKind.ConseilAppuiPartenaire);
        var advised = db.Set<CooperationEntryPartner>().Where(p => entries.Any(e => e.Id == p.EntryId)).Select(p => p.PartnerId);
        var rows = await db.Partners.AsNoTracking().Where(p => advised.Contains(p.Id))
            .GroupBy(p => p.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        return IndicatorValue.Of(rows.Sum(r => r.Count)) with { Breakdown = Breakdowns.Of(rows.Select(r => (r.Kind.Label(), r.Count))) };
    }
}
