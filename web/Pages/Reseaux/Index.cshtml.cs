using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Reseaux;

public sealed class IndexModel(ConventionDirectory directory) : PageModel
{
    public IReadOnlyList<NetworkSummary> Networks { get; private set; } = [];

    public async Task OnGetAsync() => Networks = await directory.ListNetworksAsync(null, HttpContext.RequestAborted);
}
