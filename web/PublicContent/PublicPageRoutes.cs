using System.Text.RegularExpressions;
using Ctg.Participation.PublicContent;

namespace Ctg.Participation.Web.PublicContent;

/// <summary>
/// The public pages kept in the output cache, the query parameters each one reads (the only ones that may vary a
/// cached copy: a request with any other parameter, a repeated one or an over-long value is served fresh and stored
/// nowhere, so random query strings cannot fill the cache) and the tags of what each page shows.
/// </summary>
public static partial class PublicPageRoutes
{
    public const int MaxValueLength = 120;

    public sealed record Route(Regex Path, string[] QueryKeys, Func<Match, string[]> Tags);

    public static readonly IReadOnlyList<Route> All =
    [
        new(Exact("/"), ["ctg"], _ => [PublicPages.Home]),
        new(Exact("/propositions"), ["ctg", "axe", "commune", "statut", "q", "tri", "taille", "apres"], _ => [PublicPages.Proposals]),
        new(ProposalPage(), [], m => [PublicPages.ProposalPages, PublicPages.Proposal(int.Parse(m.Groups[1].Value))]),
        new(CtgPage(), [], _ => [PublicPages.CtgPages]),
        new(Exact("/annuaire"), ["commune", "axe", "type", "q", "apres"], _ => [PublicPages.Directory]),
        new(Exact("/enquetes"), ["ctg"], _ => [PublicPages.Surveys]),
        new(Exact("/initiatives"), ["ctg", "axe", "commune"], _ => [PublicPages.Initiatives]),
        new(InitiativePage(), [], m => [PublicPages.InitiativePages, PublicPages.Initiative(int.Parse(m.Groups[1].Value))]),
        new(Exact("/reseaux"), [], _ => [PublicPages.Networks]),
        new(Exact("/indicateurs"), ["ctg", "du", "au", "axe", "commune"], _ => [PublicPages.Indicators]),
        new(Exact("/donnees-ouvertes"), [], _ => [PublicPages.OpenData]),
    ];

    /// <summary>The route of a cacheable request and its tags, or null when it must be served fresh.</summary>
    public static string[]? TagsFor(string path, IQueryCollection query)
    {
        foreach (var route in All)
        {
            var match = route.Path.Match(path);
            if (!match.Success) continue;
            foreach (var (key, values) in query)
            {
                if (!route.QueryKeys.Contains(key, StringComparer.OrdinalIgnoreCase)) return null;
                if (values.Count != 1 || (values[0]?.Length ?? 0) > MaxValueLength) return null;
            }
            return [PublicPages.Everything, .. route.Tags(match)];
        }
        return null;
    }

    private static Regex Exact(string path) => new("^" + Regex.Escape(path) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^/propositions/([0-9]{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProposalPage();

    [GeneratedRegex(@"^/initiatives/([0-9]{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InitiativePage();

    /// <summary>A CTG's page and its news posts (not the news images nor the agenda file).</summary>
    [GeneratedRegex(@"^/ctg/[a-z0-9-]{1,80}(/actualites/[0-9]{1,9})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CtgPage();
}
