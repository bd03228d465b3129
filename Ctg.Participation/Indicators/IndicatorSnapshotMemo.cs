using System.Collections.Concurrent;

namespace Ctg.Participation.Indicators;

/// <summary>
/// Stored snapshots, read once: a snapshot row never changes (a newer one replaces it, with another id), so its figures
/// parsed from JSON are kept by id, and a dashboard read again costs one indexed lookup of the newest id instead of
/// reading and parsing the whole catalogue. Holds at most <see cref="MaxEntries"/> (a CTG's and the department's
/// current ones, with room for the ones they replace).
/// </summary>
public sealed class IndicatorSnapshotMemo
{
    public const int MaxEntries = 64;

    private readonly ConcurrentDictionary<long, IndicatorSnapshots.Snapshot> _kept = new();

    /// <summary>The snapshot kept for this row, when it was computed at that very moment (a row rewritten is read again).</summary>
    public IndicatorSnapshots.Snapshot? Find(long id, DateTimeOffset computedAt) =>
        _kept.TryGetValue(id, out var snapshot) && snapshot.ComputedAt == computedAt ? snapshot : null;

    public void Keep(long id, IndicatorSnapshots.Snapshot snapshot)
    {
        if (_kept.Count >= MaxEntries) _kept.Clear();
        _kept[id] = snapshot;
    }
}
