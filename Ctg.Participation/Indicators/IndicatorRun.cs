namespace Ctg.Participation.Indicators;

/// <summary>
/// A figure several indicators need (the distinct participants behind both the count and the rate per 1,000) is
/// computed once while the catalogue computes a set: <see cref="IndicatorCatalogue.ComputeAsync"/> opens a run, and
/// within it <see cref="OnceAsync{T}"/> remembers a value by name and scope. Outside a run nothing is remembered, so a
/// single indicator always reads the database afresh.
/// </summary>
public static class IndicatorRun
{
    private static readonly AsyncLocal<Dictionary<(string, IndicatorScope), object>?> Current = new();

    public static IDisposable Begin()
    {
        var previous = Current.Value;
        Current.Value = new();
        return new End(() => Current.Value = previous);
    }

    public static async Task<T> OnceAsync<T>(string name, IndicatorScope scope, Func<Task<T>> compute) where T : notnull
    {
        var memo = Current.Value;
        if (memo is null) return await compute();
        if (memo.TryGetValue((name, scope), out var known)) return (T)known;
        var value = await compute();
        memo[(name, scope)] = value;
        return value;
    }

    private sealed class End(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
