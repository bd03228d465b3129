using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls.Indicators;

/// <summary>The cards of the walls of the scope's CTG (through the wall's thematic network) and axis (the network's axis).</summary>
internal static class WallCardsInScope
{
    public static IQueryable<WallCard> InScope(this IQueryable<WallCard> cards, IndicatorScope scope)
    {
        var (start, end) = (scope.Start, scope.End);
        var query = cards.Where(c => c.CreatedAt >= start && c.CreatedAt < end);
        if (scope.ConventionId is { } convention) query = query.Where(c => c.Wall!.ThematicNetwork!.ConventionId == convention);
        if (scope.AxisId is { } axis) query = query.Where(c => c.Wall!.ThematicNetwork!.AxisId == axis);
        return query;
    }

    public const string ScopeNote = "Un mur appartient à un groupe réseau thématique : le filtre axe retient les groupes réseaux "
        + "de cet axe ; un mur ne porte pas de commune, le filtre commune est sans effet sur cet indicateur.";
}

/// <summary>Référentiel 3.2 (animation d'un réseau d'acteurs): cards written on the networks' walls.</summary>
public sealed class WallCardsCreatedIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "murs-cartes-creees",
        "Cartes créées sur les murs collaboratifs",
        "3.2",
        "Référentiel national, objectif 3.2 : animation d'un réseau d'acteurs (temps de partage d'information)",
        "Nombre de cartes créées pendant la période sur les murs collaboratifs des groupes réseaux de la CTG, hors cartes "
            + "supprimées par leur auteur. " + WallCardsInScope.ScopeNote,
        IndicatorUnit.Count);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default) =>
        IndicatorValue.Of(await db.WallCards.AsNoTracking().InScope(scope).CountAsync(c => !c.IsDeleted, ct));
}

/// <summary>Distinct people who wrote on the walls: a count of people, under statistical secrecy.</summary>
public sealed class WallContributorsIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "murs-contributeurs",
        "Contributeurs distincts des murs collaboratifs",
        "3.2",
        "Référentiel national, objectif 3.2 : animation d'un réseau d'acteurs (temps de partage d'information)",
        "Nombre de comptes distincts ayant créé au moins une carte pendant la période sur les murs des groupes réseaux de "
            + "la CTG (un compte compte une fois). " + WallCardsInScope.ScopeNote,
        IndicatorUnit.Count,
        CountsPeople: true);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default) =>
        IndicatorValue.Of(await db.WallCards.AsNoTracking().InScope(scope).Select(c => c.AuthorId).Distinct().CountAsync(ct));
}
