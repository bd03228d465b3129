using Ctg.Participation.PublicContent;

namespace Ctg.Participation.Home;

/// <summary>
/// The home's feed kept in memory, per CTG and for the department: its six short lists and the year's figures are the
/// same for every visitor, and reading them was most of an uncached home page (the figures alone, five counts over a
/// year of a department's contributions, about 40 ms on the generated department). Forgotten whenever a write evicts
/// the cached home page (its tag, <see cref="PublicPages.Home"/>), so a signed-in visitor, who is always served a fresh
/// page, sees the same feed as an anonymous one. A copy is read again after <see cref="MaxAge"/> (so the instances of
/// a scaled-out portal follow each other's writes within it, and a news post or survey scheduled for later appears),
/// and at the first moment one of its items is no longer current: a listed survey closing, a listed meeting starting.
/// </summary>
public sealed class HomeFeedMemo(TimeProvider clock) : IPublicContentListener
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    // Keyed by CTG id (0: the department); the home only asks for CTGs that exist, so the keys stay few.
    private readonly KeptUntilChanged<int, HomeFeed.Feed> _kept = new(clock, MaxAge, maxEntries: 256);

    public Task<HomeFeed.Feed> GetAsync(int? conventionId, Func<Task<HomeFeed.Feed>> read) =>
        _kept.GetAsync(conventionId ?? 0, read, Until);

    /// <summary>The moment the feed read at <paramref name="now"/> stops being current.</summary>
    public static DateTimeOffset Until(HomeFeed.Feed feed, DateTimeOffset now)
    {
        var until = now + MaxAge;
        foreach (var survey in feed.Surveys) if (survey.ClosesAt < until) until = survey.ClosesAt;
        foreach (var meeting in feed.Meetings) if (meeting.StartsAt < until) until = meeting.StartsAt;
        return until;
    }

    public void Changed(IReadOnlyCollection<string> tags)
    {
        if (tags.Contains(PublicPages.Home) || tags.Contains(PublicPages.Everything)) _kept.Forget();
    }
}
