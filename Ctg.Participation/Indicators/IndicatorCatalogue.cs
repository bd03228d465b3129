namespace Ctg.Participation.Indicators;

/// <summary>
/// Every registered indicator, in the referential's order. Computes one after the other: they share the scoped
/// DbContext, which is not thread-safe.
/// </summary>
public sealed class IndicatorCatalogue(IEnumerable<IIndicator> indicators)
{
    private readonly IReadOnlyList<IIndicator> _ordered = indicators
        .OrderBy(i => i.Definition.Objective, StringComparer.Ordinal)
        .ThenBy(i => i.Definition.Code, StringComparer.Ordinal)
        .ToList();

    public IReadOnlyList<IndicatorDefinition> Definitions => _ordered.Select(i => i.Definition).ToList();

    public IIndicator? Find(string code) => _ordered.FirstOrDefault(i => i.Definition.Code == code);

    public async Task<IReadOnlyList<(IndicatorDefinition Definition, IndicatorValue Value)>> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var results = new List<(IndicatorDefinition, IndicatorValue)>(_ordered.Count);
        using var run = IndicatorRun.Begin();
        foreach (var indicator in _ordered)
        {
            results.Add((indicator.Definition, await indicator.ComputeAsync(scope, ct)));
        }
        return results;
    }
}
