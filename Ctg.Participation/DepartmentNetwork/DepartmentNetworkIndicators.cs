using Ctg.Participation.Cooperation.Indicators;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>
/// T2-3.2-b « Nombre et type de supports réalisés dans le cadre du réseau des coopérateurs », the one value of the
/// line: the supports shared in the department library during the period whose CTG of origin is the scope's CTG (the
/// whole department: every support), by type, plus the journal's « support commun du réseau » entries of the period
/// (supports made without a file in the library: a trame co-written in a meeting…), by their nature. With an axis,
/// the supports tagged with the axis's name and the entries naming it.
/// </summary>
public sealed class NetworkSupportsIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "reseau-supports-communs", "Supports réalisés dans le cadre du réseau des coopérateurs", "3.2",
        "Bibliothèque du réseau départemental des chargés de coopération",
        "Nombre de supports partagés dans la bibliothèque du réseau départemental pendant la période dont la CTG d'origine est la CTG (département : tous), par type (information, pilotage, acteurs ressources…), "
            + "plus les entrées du journal de coopération de type « Support commun du réseau des coopérateurs » datées de la période, par nature. "
            + "Avec un axe : les supports portant le nom de cet axe et les entrées qui le mentionnent ; la commune ne s'applique qu'aux entrées du journal.",
        IndicatorUnit.Count) { ReferentialLine = "T2-3.2-b" };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var query = db.SharedSupports.AsNoTracking().Where(s => s.CreatedAt >= scope.Start && s.CreatedAt < scope.End);
        if (scope.ConventionId is { } c) query = query.Where(s => s.OriginConventionId == c);
        if (scope.AxisId is { } axis)
        {
            var name = await db.Axes.Where(a => a.Id == axis).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? "";
            var token = SharedSupport.AxisSeparator + name + SharedSupport.AxisSeparator;
            query = query.Where(s => s.Axes.Contains(token));
        }
        var byKind = scope.MunicipalityId is null
            ? await query.GroupBy(s => s.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct)
            : [];
        var logged = await JournalScope.Entries(db, scope).Where(e => e.Kind == CooperationKind.SupportReseau)
            .GroupBy(e => e.Nature!.Label).Select(g => new { Nature = g.Key, Count = g.Count() }).ToListAsync(ct);
        var rows = byKind.Select(k => (k.Kind.Label(), k.Count)).Concat(logged.Select(l => (l.Nature, l.Count)))
            .GroupBy(r => r.Item1).Select(g => (g.Key, g.Sum(r => r.Item2)));
        return IndicatorValue.Of(byKind.Sum(k => k.Count) + logged.Sum(l => l.Count)) with { Breakdown = Breakdowns.Of(rows) };
    }
}

/// <summary>
/// « Temps de partage et de régulation entre coopérateurs » (Tableau 2, 3.2, actions): the department network's
/// events held in the period that at least one coordinator of the CTG attended (attendance recorded by the Caf), by
/// kind. The whole department: every event with a recorded attendance. Axis and commune do not apply.
/// </summary>
public sealed class SharingTimesIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "reseau-temps-de-partage", "Temps de partage entre coopérateurs suivis", "3.2",
        "Rencontres et formations du réseau départemental des chargés de coopération",
        "Nombre de rencontres et de formations du réseau départemental tenues pendant la période auxquelles au moins un(e) chargé(e) de coopération de la CTG était présent(e) (présence enregistrée par la Caf), par nature (département : au moins une présence). L'axe et la commune ne s'appliquent pas.",
        IndicatorUnit.Count);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var attended = db.NetworkEventRegistrations.AsNoTracking().Where(r => r.Attended == true);
        if (scope.ConventionId is { } c)
            attended = attended.Where(r => db.CoordinatorAssignments.Any(a => a.UserId == r.UserId && a.ConventionId == c));
        var byKind = await db.NetworkEvents.AsNoTracking()
            .Where(e => e.StartsAt >= scope.Start && e.StartsAt < scope.End && attended.Any(r => r.EventId == e.Id))
            .GroupBy(e => e.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        return IndicatorValue.Of(byKind.Sum(k => k.Count)) with
        {
            Breakdown = byKind.OrderByDescending(k => k.Count).ThenBy(k => k.Kind).Select(k => new IndicatorBreakdown(k.Kind.Label(), k.Count)).ToList(),
        };
    }
}
