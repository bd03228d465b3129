using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals.Indicators;

/// <summary>
/// Median time between publication and the CTG's decision. Computed in the database: count the decisions, then order
/// them by duration and read only the middle one or two rows (OFFSET count/2), never the whole list.
/// </summary>
public sealed class ProposalMedianAnswerDaysIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "propositions-delai-median-reponse",
        "Délai médian de réponse aux propositions",
        "4.1",
        "Référentiel national, objectif 4.1 : dispositifs permettant d'animer une concertation et une participation avec le public",
        "Pour les propositions dont la décision (« Retenue » ou « Non retenue ») a été prise pendant la période : médiane "
            + "du nombre de jours entre la publication et la décision. Sans décision, pas de valeur. "
            + "Filtrée par CTG, axe et commune de la proposition.",
        IndicatorUnit.Days);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var (start, end) = (scope.Start, scope.End);
        var inScope = db.Proposals.AsNoTracking().InScope(scope);
        // A proposal is decided once: nothing leads back to "À l'étude" after "Retenue" or "Non retenue".
        var decisions = db.ProposalStatusChanges.AsNoTracking()
            .Where(c => (c.To == ProposalStatus.Retenue || c.To == ProposalStatus.NonRetenue) && c.ChangedAt >= start && c.ChangedAt < end)
            .Join(inScope, c => c.ProposalId, p => p.Id, (c, p) => new { c.Id, c.ChangedAt, PublishedAt = p.PublishedAt!.Value });

        var count = await decisions.CountAsync(ct);
        if (count == 0) return IndicatorValue.None;

        // Dates are stored as UTC ticks on every provider, so the difference orders in SQL as a plain subtraction.
        var middle = await decisions
            .OrderBy(d => d.ChangedAt - d.PublishedAt).ThenBy(d => d.Id)
            .Skip((count - 1) / 2).Take(count % 2 == 0 ? 2 : 1)
            .Select(d => new { d.ChangedAt, d.PublishedAt })
            .ToListAsync(ct);
        var days = middle.Select(d => (decimal)(d.ChangedAt - d.PublishedAt).TotalDays).ToList();
        var median = days.Sum() / days.Count;
        return IndicatorValue.Of(Math.Round(median, 1), $"{count} décision{(count > 1 ? "s" : "")}");
    }
}
