using Ctg.Participation.ServiceDirectory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Annuaire;

/// <summary>The public directory of family services and partners: filters in the query string, keyset pages, no JavaScript.</summary>
public sealed class IndexModel(ServiceDirectoryBrowser browser) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "commune")] public int? Commune { get; set; }
    [BindProperty(SupportsGet = true, Name = "axe")] public string? Axe { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public FamilyServiceKind? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "apres")] public int? Apres { get; set; }

    public ServiceDirectoryBrowser.Page Results { get; private set; } = new([], null);
    public IReadOnlyList<ServiceDirectoryBrowser.Option> Communes { get; private set; } = [];
    public IReadOnlyList<ServiceDirectoryBrowser.Option> Axes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Type is { } t && !Enum.IsDefined(t)) return BadRequest();
        if (Q?.Length > 200) Q = Q[..200];
        var ct = HttpContext.RequestAborted;
        Communes = await browser.MunicipalitiesAsync(ct);
        Axes = await browser.AxesAsync(ct);
        Results = await browser.SearchAsync(new ServiceDirectoryBrowser.Query(Commune, Axe, Type, Q, Apres), ct);
        return Page();
    }

    /// <summary>The same search, one page further.</summary>
    public string NextUrl(int after) => QueryString.Create(new Dictionary<string, string?>
    {
        ["commune"] = Commune?.ToString(), ["axe"] = Axe, ["type"] = Type?.ToString(), ["q"] = Q, ["apres"] = after.ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() is var qs ? "/annuaire" + qs : "/annuaire";
}
