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

    private readonly KeptUntilChanged<string, Counts> _kept = new(clock, MaxAge, MaxEntries);

    public int Kept => _kept.Count;

    public static string Key(int conventionId, ContributionKind kind, RoutingDesk.Filter filter) =>
        FormattableString.Invariant($"{conventionId}|{(int)kind}|{filter.AxisId}|{filter.MunicipalityId}|{filter.Status}|{filter.Age}");

    public Task<Counts> GetAsync(string key, Func<Task<Counts>> count) => _kept.GetAsync(key, count);

    public void Changed(IReadOnlyCollection<string> tags) => _kept.Forget();
}
