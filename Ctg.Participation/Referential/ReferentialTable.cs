using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Indicators;

namespace Ctg.Participation.Referential;

/// <summary>
/// Tableau 2 and Fiche 17 filled with one CTG's figures for one calendar year: every catalogue indicator under the
/// line it measures (<see cref="IndicatorDefinition.ReferentialLine"/>), with its breakdown, the path to the records
/// behind it, and the officer's latest qualitative text on the line.
/// </summary>
public sealed class ReferentialTable(IndicatorCatalogue catalogue, ReferentialNotes notes)
{
    public sealed record Figure(IndicatorDefinition Definition, IndicatorValue Value, string RecordsPath);

    public sealed record LineView(ReferentialLine Line, IReadOnlyList<Figure> Figures, ReferentialNotes.Current? Note);

    public sealed record FunctionView(ReferentialFunction Function, IReadOnlyList<LineView> Suivi, IReadOnlyList<LineView> Evaluation);

    public sealed record ObjectiveView(ReferentialObjective Objective, IReadOnlyList<FunctionView> Functions);

    public sealed record View(int Year, IReadOnlyList<ObjectiveView> Objectives, IReadOnlyList<LineView> Fiche17);

    /// <summary>The years a CTG's table can be shown for: its period, up to the current year.</summary>
    public static IReadOnlyList<int> Years(ConventionSummary convention, DateOnly today) =>
        Enumerable.Range(convention.PeriodStart.Year, Math.Max(0, Math.Min(convention.PeriodEnd.Year, today.Year) - convention.PeriodStart.Year + 1)).Reverse().ToList();

    public async Task<View> BuildAsync(ConventionSummary convention, int year, CancellationToken ct = default)
    {
        var scope = new IndicatorScope(convention.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var computed = await catalogue.ComputeAsync(scope, ct);
        var byLine = computed.Where(c => c.Definition.ReferentialLine is not null)
            .GroupBy(c => c.Definition.ReferentialLine!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Figure>)g.Select(c => new Figure(c.Definition, c.Value, RecordsPath(c.Definition, convention.Slug, year))).ToList());
        var texts = await notes.CurrentAsync(convention.Id, year, ct);

        LineView Line(ReferentialLine line) => new(line, byLine.GetValueOrDefault(line.Code) ?? [], texts.GetValueOrDefault(line.Code));

        var objectives = Tableau2.Objectives.Select(o => new ObjectiveView(o, o.Functions.Select(f => new FunctionView(f,
            f.Lines.Where(l => l.Kind == LineKind.Suivi).Select(Line).ToList(),
            f.Lines.Where(l => l.Kind == LineKind.Evaluation).Select(Line).ToList())).ToList())).ToList();
        return new View(year, objectives, Tableau2.Fiche17.Select(Line).ToList());
    }

    /// <summary>
    /// Where the records behind a figure are read: the journal filtered on the kind and year for journal figures,
    /// otherwise the back-office page of the feature that holds them.
    /// </summary>
    public static string RecordsPath(IndicatorDefinition definition, string slug, int year)
    {
        var root = $"/coordination/{slug}";
        var code = definition.Code;
        if (code.StartsWith("journal.", StringComparison.Ordinal))
        {
            var kind = CooperationKinds.All.FirstOrDefault(k => k.LineCode() == definition.ReferentialLine);
            return $"{root}/journal?du={year}-01-01&au={year}-12-31&type={kind}";
        }
        if (code.StartsWith("gouvernance.", StringComparison.Ordinal)) return $"{root}/instances";
        if (code.StartsWith("alertes-copil", StringComparison.Ordinal)) return $"{root}/orientation/alertes";
        if (code.StartsWith("diagnostics.", StringComparison.Ordinal)) return $"{root}/diagnostics";
        if (code.StartsWith("plan.", StringComparison.Ordinal) || code.StartsWith("dispositifs.", StringComparison.Ordinal)) return $"{root}/plan";
        return $"{root}/indicateurs?du={year}-01-01&au={year}-12-31";
    }
}
