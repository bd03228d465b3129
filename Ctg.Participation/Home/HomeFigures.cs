using System.Collections.Concurrent;
using Ctg.Participation.PublicContent;

namespace Ctg.Participation.Home;

/// <summary>
/// The home's figures of the year kept in memory: five counts over a year of a department's contributions (about 40 ms
/// on the generated department, most of an uncached home page) for numbers that change only with contributions.
/// Forgotten whenever a write evicts the cached home page (its tag, <see cref="PublicPages.Home"/>), so a signed-in
/// visitor, who is always served a fresh page, sees the same figures as an anonymous one; a copy older than
/// <see cref="MaxAge"/> is counted again, so the instances of a scaled-out portal follow each other's writes within it.
/// </summary>
public sealed class HomeFigures(TimeProvider clock) : IPublicContentListener
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(int? Convention, int Year), (DateTimeOffset At, HomeFeed.Figures Figures)> _kept = new();
    private long _changes;

    public async Task<HomeFeed.Figures> GetAsync(int? conventionId, int year, Func<Task<HomeFeed.Figures>> count)
    {
        var now = clock.GetUtcNow();
        if (_kept.TryGetValue((conventionId, year), out var kept) && now - kept.At < MaxAge) return kept.Figures;
        var before = Interlocked.Read(ref _changes);
        var figures = await count();
        // A write heard while counting may be missing from these figures: they are shown once, not kept.
        if (Interlocked.Read(ref _changes) == before) _kept[(conventionId, year)] = (now, figures);
        return figures;
    }

    public void Changed(IReadOnlyCollection<string> tags)
    {
        if (!tags.Contains(PublicPages.Home) && !tags.Contains(PublicPages.Everything)) return;
        Interlocked.Increment(ref _changes);
        _kept.Clear();
    }
}
