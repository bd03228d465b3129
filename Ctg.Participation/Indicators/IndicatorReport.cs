namespace Ctg.Participation.Indicators;

/// <summary>
/// Every indicator of the catalogue on a scope and on the period just before it, ready to show. The public view goes
/// through <see cref="StatisticalSecrecy"/> here, once, so a page or a file built from a <see cref="Figure"/> cannot
/// leak a small count of people: the number is not in the object.
/// </summary>
public sealed class IndicatorReport(IndicatorCatalogue catalogue, StatisticalSecrecy secrecy)
{
    /// <summary>One indicator as shown: values already suppressed when the view is public.</summary>
    public sealed record Figure(
        IndicatorDefinition Definition,
        string Theme,
        decimal? Current,
        string CurrentText,
        string? CurrentDetail,
        bool CurrentSuppressed,
        decimal? Previous,
        string PreviousText,
        bool PreviousSuppressed);

    public sealed record Result(IndicatorScope Scope, IndicatorScope PreviousScope, IReadOnlyList<Figure> Figures, bool IsPublic)
    {
        public IEnumerable<IGrouping<string, Figure>> ByTheme => Figures.GroupBy(f => f.Theme);
    }

    /// <summary>One indicator's raw values on the period and on the previous one (never shown as such to the public).</summary>
    public sealed record Measure(IndicatorDefinition Definition, IndicatorValue Current, IndicatorValue Previous);

    /// <summary>
    /// The raw values of every indicator on a scope and the period before it: what a snapshot stores, so statistical
    /// secrecy is applied when it is shown, by <see cref="Present(IndicatorScope, IReadOnlyList{Measure}, bool)"/>.
    /// </summary>
    public async Task<IReadOnlyList<Measure>> MeasureAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var current = await catalogue.ComputeAsync(scope, ct);
        var previous = await catalogue.ComputeAsync(scope.Previous(), ct);
        return current.Zip(previous, (c, p) => new Measure(c.Definition, c.Value, p.Value)).ToList();
    }

    public async Task<Result> ComputeAsync(IndicatorScope scope, bool isPublic, CancellationToken ct = default) =>
        Present(scope, await MeasureAsync(scope, ct), isPublic);

    /// <summary>Raw values as shown: through statistical secrecy when the view is public.</summary>
    public Result Present(IndicatorScope scope, IReadOnlyList<Measure> measures, bool isPublic) =>
        new(scope, scope.Previous(), measures.Select(m => Present(m.Definition, m.Current, m.Previous, isPublic)).ToList(), isPublic);

    /// <summary>Only the current period (exports by year, the department table).</summary>
    public async Task<IReadOnlyList<Figure>> ComputeCurrentAsync(IndicatorScope scope, bool isPublic, CancellationToken ct = default)
    {
        var current = await catalogue.ComputeAsync(scope, ct);
        return current.Select(c => Present(c.Definition, c.Value, IndicatorValue.None, isPublic)).ToList();
    }

    public IReadOnlyList<IndicatorDefinition> Definitions => catalogue.Definitions;

    private Figure Present(IndicatorDefinition definition, IndicatorValue current, IndicatorValue previous, bool isPublic)
    {
        var currentHidden = isPublic && secrecy.IsSuppressed(definition, current);
        var previousHidden = isPublic && secrecy.IsSuppressed(definition, previous);
        return new Figure(
            definition,
            IndicatorThemes.Of(definition),
            currentHidden ? null : current.Value,
            currentHidden ? secrecy.SmallCountLabel : IndicatorFormat.Text(definition.Unit, current.Value),
            currentHidden ? null : current.Detail,
            currentHidden,
            previousHidden ? null : previous.Value,
            previousHidden ? secrecy.SmallCountLabel : IndicatorFormat.Text(definition.Unit, previous.Value),
            previousHidden);
    }
}

/// <summary>The dashboard's themes: one chart and one table section each. Unknown codes fall under their objective.</summary>
public static class IndicatorThemes
{
    public static string Of(IndicatorDefinition definition) => definition.Code switch
    {
        var c when c.StartsWith("alertes-", StringComparison.Ordinal) => "Pilotage et alertes au Copil",
        var c when c.StartsWith("propositions-", StringComparison.Ordinal) => "Propositions des habitants",
        var c when c.StartsWith("initiatives-", StringComparison.Ordinal) || c.StartsWith("projets-", StringComparison.Ordinal)
            => "Initiatives citoyennes et mise en relation",
        var c when c.StartsWith("participants-", StringComparison.Ordinal) => "Habitants ayant participé",
        var c when c.StartsWith("murs-", StringComparison.Ordinal) => "Murs collaboratifs des groupes réseaux",
        var c when c.StartsWith("enquetes-", StringComparison.Ordinal) || c.StartsWith("enquete-", StringComparison.Ordinal) => "Enquêtes et diagnostics partagés",
        _ => "Objectif " + definition.Objective + " du référentiel",
    };
}
