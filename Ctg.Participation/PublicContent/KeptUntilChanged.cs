using System.Collections.Concurrent;

namespace Ctg.Participation.PublicContent;

/// <summary>
/// Values read from the database and kept in memory until the data behind them changes: the owner calls
/// <see cref="Forget"/> when a committed write tells it so (an <see cref="IPublicContentListener"/>), and each value
/// is read again once its time is up (by default <c>maxAge</c> after it was read), so the instances of a scaled-out
/// portal follow each other's writes within that time. A value read while a write was heard may predate it: it is
/// returned once and not kept. At most <c>maxEntries</c> are held (then all are forgotten), so endless keys cannot
/// fill the memory.
/// </summary>
public sealed class KeptUntilChanged<TKey, TValue>(TimeProvider clock, TimeSpan maxAge, int maxEntries) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (DateTimeOffset Until, TValue Value)> _kept = new();
    private long _changes;

    public int Count => _kept.Count;

    /// <param name="until">When a value read at a given moment stops being current, if sooner than <c>maxAge</c>.</param>
    public async Task<TValue> GetAsync(TKey key, Func<Task<TValue>> read, Func<TValue, DateTimeOffset, DateTimeOffset>? until = null)
    {
        var now = clock.GetUtcNow();
        if (_kept.TryGetValue(key, out var kept) && now < kept.Until) return kept.Value;
        var before = Interlocked.Read(ref _changes);
        var value = await read();
        if (Interlocked.Read(ref _changes) != before) return value;
        if (_kept.Count >= maxEntries) _kept.Clear();
        var expires = now + maxAge;
        if (until?.Invoke(value, now) is { } sooner && sooner < expires) expires = sooner;
        _kept[key] = (expires, value);
        return value;
    }

    public void Forget()
    {
        Interlocked.Increment(ref _changes);
        _kept.Clear();
    }
}
