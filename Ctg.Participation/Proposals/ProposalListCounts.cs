using Ctg.Participation.PublicContent;

namespace Ctg.Participation.Proposals;

/// <summary>
/// The proposal lists' counts (« 1 234 propositions »), kept in memory per filter: counting up to
/// <see cref="ProposalBrowser.CountLimit"/> matches reads a thousand rows (twenty times the page itself on a CTG with a
/// status and an axis, and every match of a word in a search), for a figure that is the same for every visitor and
/// changes only when a proposal does. Forgotten whenever a write evicts the proposal lists (<see cref="PublicPages.Proposals"/>),
/// so a signed-in visitor, always served a fresh page, reads the same count as an anonymous one; a count older than
/// <see cref="MaxAge"/> is counted again, so the instances of a scaled-out portal follow each other's writes within it.
/// Only normalised filters reach it (unknown slugs dropped, words normalised), and it holds at most
/// <see cref="MaxEntries"/> of them, so endless query strings cannot fill it.
/// </summary>
public sealed class ProposalListCounts(TimeProvider clock) : IPublicContentListener
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    public const int MaxEntries = 2_000;

    private readonly KeptUntilChanged<string, int> _kept = new(clock, MaxAge, MaxEntries);

    public int Kept => _kept.Count;

    /// <summary>
    /// The key of a list's count: its filters, not its order or position. A search is marked even when none of its
    /// characters makes a word (« !!! »): it still leaves hidden proposals out, so it does not count as the plain list.
    /// </summary>
    public static string Key(ProposalQuery query) =>
        string.Join('\u001f', query.Ctg, query.Axe, query.Commune, query.Status?.ToString(),
            query.Text is { } text ? "q:" + string.Join(' ', ProposalSearch.Words(text)) : null);

    public Task<int> GetAsync(string key, Func<Task<int>> count) => _kept.GetAsync(key, count);

    public void Changed(IReadOnlyCollection<string> tags)
    {
        if (tags.Contains(PublicPages.Proposals) || tags.Contains(PublicPages.Everything)) _kept.Forget();
    }
}
