using System.Collections;
using System.Collections.Concurrent;

namespace Ctg.Participation.Proposals;

/// <summary>
/// Every proposal matching a common search (a quarter of the proposals or more, like « parents »), kept in memory as
/// one bit per proposal id, so that a page of it in another order than the newest walks the order's index and tests
/// each row here instead of asking the full-text index about it (a probe per row was half of such a page's cost).
/// An entry is only used while the full-text index is the one it was read from: each write to the index changes the
/// index's structure record, which the caller reads (one row) and hands in; a support or a status change does not
/// touch the index and keeps the entries. At most <see cref="MaxEntries"/> searches are kept (about 12 KB each for
/// 100,000 proposals).
/// </summary>
public sealed class ProposalSearchMatches
{
    public const int MaxEntries = 64;

    /// <summary>The ids of one search's matches, tested in constant time.</summary>
    public sealed class IdSet(BitArray bits)
    {
        public bool Contains(int id) => id >= 0 && id < bits.Length && bits[id];

        public static IdSet Of(IReadOnlyCollection<int> ids)
        {
            var bits = new BitArray(ids.Count == 0 ? 0 : ids.Max() + 1);
            foreach (var id in ids) bits[id] = true;
            return new IdSet(bits);
        }
    }

    private sealed record Entry(byte[] IndexVersion, IdSet Ids);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="match"/> was found common (its index version is then worth reading).</summary>
    public bool Knows(string match) => _entries.ContainsKey(match);

    /// <summary>The matches of <paramref name="match"/> read from the index in this very version; null otherwise.</summary>
    public IdSet? Find(string match, byte[] indexVersion) =>
        _entries.TryGetValue(match, out var entry) && entry.IndexVersion.AsSpan().SequenceEqual(indexVersion) ? entry.Ids : null;

    public void Keep(string match, byte[] indexVersion, IdSet ids)
    {
        // Bounded without bookkeeping: when full, start again (the entries are read again on demand).
        if (_entries.Count >= MaxEntries && !_entries.ContainsKey(match)) _entries.Clear();
        _entries[match] = new Entry(indexVersion, ids);
    }
}
