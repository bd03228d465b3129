using Ctg.Participation.Proposals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>The public list: filters and sort in the query string (shareable), keyset pages.</summary>
public sealed class IndexModel(ProposalBrowser browser) : PageModel
{
    public ProposalQuery Query { get; private set; } = ProposalQuery.Default;
    public ProposalBrowser.FilterOptions Options { get; private set; } = default!;
    public ProposalBrowser.ListPage Results { get; private set; } = default!;

    public async Task OnGetAsync(string? ctg, string? axe, string? commune, string? statut, string? q, string? tri, string? taille, string? apres)
    {
        var ct = HttpContext.RequestAborted;
        Query = await browser.NormalizeAsync(ProposalQuery.Parse(ctg, axe, commune, statut, q, tri, taille, apres), ct);
        Options = await browser.FilterOptionsAsync(Query.Ctg, ct);
        Results = await browser.ListAsync(Query, ct);
    }

    /// <summary>The same filters with another position: the "next page" and "first page" links.</summary>
    public string PageUrl(ProposalCursor? after)
    {
        var values = new Dictionary<string, string?>
        {
            ["ctg"] = Query.Ctg, ["axe"] = Query.Axe, ["commune"] = Query.Commune,
            ["statut"] = Query.Status is { } s ? ProposalStatuses.Slug(s) : null, ["q"] = Query.Text,
            ["tri"] = Query.Sort == ProposalSort.Recent ? null : ProposalQuery.SortSlug(Query.Sort),
            ["taille"] = Query.PageSize == ProposalQuery.DefaultPageSize ? null : Query.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["apres"] = after?.ToString(),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/propositions", values.Where(v => v.Value is not null));
    }
}
