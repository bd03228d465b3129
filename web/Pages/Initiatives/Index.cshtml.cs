using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Initiatives;

/// <summary>The public list of validated initiatives, filtered in the query string like the proposals.</summary>
public sealed class IndexModel(InitiativeBrowser initiatives, ProposalBrowser territories) : PageModel
{
    public string? Ctg { get; private set; }
    public string? Axe { get; private set; }
    public string? Commune { get; private set; }
    public ProposalBrowser.FilterOptions Options { get; private set; } = default!;
    public IReadOnlyList<InitiativeBrowser.ListItem> Items { get; private set; } = [];

    public async Task OnGetAsync(string? ctg, string? axe, string? commune)
    {
        var ct = HttpContext.RequestAborted;
        Options = await territories.FilterOptionsAsync(null, ct);
        Ctg = Options.Conventions.Any(c => c.Value == ctg) ? ctg : null;
        Options = await territories.FilterOptionsAsync(Ctg, ct);
        Axe = Options.Axes.Any(a => a.Value == axe) ? axe : null;
        Commune = Options.Municipalities.Any(m => m.Value == commune) ? commune : null;
        Items = await initiatives.ListAsync(Ctg, Axe, Commune, ct);
    }
}
