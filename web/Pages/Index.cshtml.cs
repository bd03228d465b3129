using Ctg.Participation.Conventions;
using Ctg.Participation.Home;
using Ctg.Participation.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages;

/// <summary>The home page: what is happening now in the department, or in the CTG chosen with ?ctg=slug.</summary>
public sealed class IndexModel(ConventionDirectory directory, HomeFeed feed, PortalIdentityService identities) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ctg")] public string? Ctg { get; set; }

    public IReadOnlyList<ConventionSummary> Conventions { get; private set; } = [];
    public ConventionSummary? Chosen { get; private set; }
    public HomeFeed.Feed Feed { get; private set; } = default!;
    public PortalIdentity Identity { get; private set; } = default!;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Conventions = await directory.ListAsync(ct);
        Chosen = Conventions.FirstOrDefault(c => c.Slug == Ctg);
        Identity = await identities.GetAsync(ct);
        Feed = await feed.ForAsync(Chosen?.Id, ct);
    }
}
