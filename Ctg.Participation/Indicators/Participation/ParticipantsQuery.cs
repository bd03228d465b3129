using Ctg.Participation.Data;
using Ctg.Participation.Initiatives.Indicators;
using Ctg.Participation.Proposals.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Indicators.Participation;

/// <summary>
/// The accounts that took part during the period, as one SQL UNION (which also removes duplicates): authors of
/// proposals published, of comments written, of supports given and of initiatives declared. Assisted entries have no
/// account and are not counted; deleted accounts are no longer known and are not counted either.
/// </summary>
internal static class ParticipantsQuery
{
    public const string Definition = "Nombre de comptes distincts ayant, pendant la période, publié une proposition, "
        + "commenté ou soutenu une proposition, ou déclaré une initiative citoyenne (une personne compte une fois, "
        + "quel que soit le nombre de ses contributions). La CTG, l'axe et la commune sont ceux de la contribution "
        + "(ceux de la proposition pour un commentaire ou un soutien). Les saisies accompagnées sans compte ne sont pas comptées.";

    /// <summary>The count and the rate per 1,000 share this figure: computed once per catalogue run (see IndicatorRun).</summary>
    public static Task<int> CountAsync(PortalDbContext db, IndicatorScope scope, CancellationToken ct) =>
        IndicatorRun.OnceAsync("participants", scope, () => CountOnceAsync(db, scope, ct));

    private static Task<int> CountOnceAsync(PortalDbContext db, IndicatorScope scope, CancellationToken ct)
    {
        var (start, end) = (scope.Start, scope.End);
        var proposals = db.Proposals.AsNoTracking().InScope(scope);
        var authors = db.Proposals.AsNoTracking().PublishedDuring(scope).Where(p => p.AuthorId != null).Select(p => p.AuthorId!);
        // Joins from the proposals in scope (a CTG's few thousand) to their comments and supports through the ProposalId
        // indexes: a correlated EXISTS made SQLite walk every support of the period (a third of a million) instead.
        var commenters = from p in proposals
                         join c in db.Comments.AsNoTracking() on p.Id equals c.ProposalId
                         where c.AuthorId != null && c.CreatedAt >= start && c.CreatedAt < end
                         select c.AuthorId!;
        var supporters = from p in proposals
                         join s in db.Supports.AsNoTracking() on p.Id equals s.ProposalId
                         where s.UserId != null && s.CreatedAt >= start && s.CreatedAt < end
                         select s.UserId!;
        var declarants = db.CitizenInitiatives.AsNoTracking().InScope(scope)
            .Where(i => i.AuthorId != null && i.CreatedAt >= start && i.CreatedAt < end)
            .Select(i => i.AuthorId!);
        return authors.Union(commenters).Union(supporters).Union(declarants).CountAsync(ct);
    }
}

/// <summary>Distinct residents who took part: a count of people, under statistical secrecy on public pages.</summary>
public sealed class DistinctParticipantsIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "participants-distincts",
        "Habitants ayant participé",
        "4.1",
        "Référentiel national, objectif 4.1 : dispositifs permettant d'animer une concertation et une participation avec le public",
        ParticipantsQuery.Definition,
        IndicatorUnit.Count,
        CountsPeople: true);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default) =>
        IndicatorValue.Of(await ParticipantsQuery.CountAsync(db, scope, ct));
}

/// <summary>Participants per 1,000 inhabitants of the scope's territory (the CTG, one commune, or the department).</summary>
public sealed class ParticipantsPerThousandIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "participants-pour-1000-habitants",
        "Habitants ayant participé pour 1 000 habitants",
        "4.1",
        "Référentiel national, objectif 4.1 : dispositifs permettant d'animer une concertation et une participation avec le public",
        "Habitants ayant participé (voir « participants-distincts ») rapportés à la population municipale du territoire "
            + "filtré (communes de la CTG, la commune choisie, ou tout le département), pour 1 000 habitants. "
            + "Le filtre axe restreint les participants, pas la population. Masqué au public comme le nombre dont il dérive.",
        IndicatorUnit.PerThousandInhabitants);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var communes = db.Municipalities.AsNoTracking();
        if (scope.ConventionId is { } convention) communes = communes.Where(m => m.ConventionId == convention);
        if (scope.MunicipalityId is { } municipality) communes = communes.Where(m => m.Id == municipality);
        var population = await communes.SumAsync(m => (long)m.Population, ct);
        if (population <= 0) return IndicatorValue.None;
        var participants = await ParticipantsQuery.CountAsync(db, scope, ct);
        return new IndicatorValue(Math.Round(1000m * participants / population, 2),
            $"{participants} pour {population.ToString("#,0", PortalCulture.French)} habitants") { PeopleBasis = participants };
    }
}

/// <summary>
/// Référentiel 4.1, indicateur d'évaluation « Nombre et nature des projets mobilisant les habitants dans leur conception
/// et leur évaluation ». The portal cannot see a project's evaluation; what it records honestly is a contribution of
/// residents (a proposal or an initiative) that a working group of the CTG took up and answered.
/// </summary>
public sealed class ProjectsMobilisingResidentsIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "projets-mobilisant-habitants",
        "Projets mobilisant les habitants (contributions reprises par un groupe de travail)",
        "4.1",
        "Référentiel national, objectif 4.1, indicateur d'évaluation : « Nombre et nature des projets mobilisant les habitants dans leur conception et leur évaluation »",
        "Approximation honnête à partir des données du portail : nombre de contributions d'habitants (propositions et "
            + "initiatives citoyennes) orientées vers un groupe de travail de la CTG et auxquelles ce groupe a répondu "
            + "pendant la période. Le portail ne connaît pas l'évaluation des projets ; une contribution orientée vers "
            + "deux groupes compte une fois. Filtrée par CTG, axe et commune de la contribution. Nature : proposition ou initiative citoyenne.",
        IndicatorUnit.Count) { ReferentialLine = "T2-4.1-e" };

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (start, end) = (scope.Start, scope.End);
        var answered = db.RoutingEvents.AsNoTracking()
            .Where(e => e.Step == Routing.RoutingStep.Answered && e.At >= start && e.At < end)
            .Select(e => e.Routing!);
        var proposals = await db.Proposals.AsNoTracking().InScope(scope)
            .CountAsync(p => answered.Any(r => r.ContributionKind == Routing.ContributionKind.Proposal && r.ContributionId == p.Id), ct);
        var initiatives = await db.CitizenInitiatives.AsNoTracking().InScope(scope)
            .CountAsync(i => answered.Any(r => r.ContributionKind == Routing.ContributionKind.Initiative && r.ContributionId == i.Id), ct);
        IndicatorBreakdown[] breakdown = [new("Propositions d'habitants", proposals), new("Initiatives citoyennes", initiatives)];
        return IndicatorValue.Of(proposals + initiatives, $"{proposals} proposition{(proposals > 1 ? "s" : "")}, {initiatives} initiative{(initiatives > 1 ? "s" : "")}") with
        {
            Breakdown = breakdown.Where(b => b.Count > 0).OrderByDescending(b => b.Count).ThenBy(b => b.Nature, StringComparer.Ordinal).ToList(),
        };
    }
}
