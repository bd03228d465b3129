using System.Collections.Concurrent;
using Ctg.Participation.PublicContent;

namespace Ctg.Participation.Routing;

/// <summary>
/// The routing desk's counts (« 1 234 éléments », « dont 56 en attente depuis plus de 30 jours ») per CTG, kind and
/// filter, kept in memory: counting them read every proposal of the CTG twice on each page (tens of thousands of rows
/// on the largest generated CTG) while the page itself reads fifty. Forgotten at every committed write that changes
/// public content of any kind (a contribution, a routing, an answer: <see cref="IPublicContentListener"/>), so the
/// coordinator who routes reads the new counts at once; a count older than <see cref="MaxAge"/> is counted again, for
/// the writes of other instances and for the waiting-time filters, which move with the clock.
/// </summary>
public sealed class RoutingDeskCounts(TimeProvider clock) : IPublicContentListener
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    public const int MaxEntries = 2_000;

    public sealed record Counts(int Total, int LongWaiting);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Counts Counts)> _kept = new(StringComparer.Ordinal);
    private long _changes;

    public int Kept => _kept.Count;

    public static string Key(int conventionId, ContributionKind kind, RoutingDesk.Filter filter) =>
        FormattableString.Invariant($"{conventionId}|{(int)kind}|{filter.AxisId}|{filter.MunicipalityId}|{filter.Status}|{filter.Age}");

    public async Task<Counts> GetAsync(string key, Func<Task<Counts>> count)
    {
        var now = clock.GetUtcNow();
        if (_kept.TryGetValue(key, out var kept) && now - kept.At < MaxAge) return kept.Counts;
        var before = Interlocked.Read(ref _changes);
        var counted = await count();
        // A write heard while counting may be missing from these counts: they are shown once, not kept.
        if (Interlocked.Read(ref _changes) != before) return counted;
        if (_kept.Count >= MaxEntries) _kept.Clear();
        _kept[key] = (now, counted);
        return counted;
    }

    public void Changed(IReadOnlyCollection<string> tags)
    {
        Interlocked.Increment(ref _changes);
        _kept.Clear();
    }
}
