using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages;

public sealed class IndexModel(ConventionDirectory directory) : PageModel
{
    public IReadOnlyList<ConventionSummary> Conventions { get; private set; } = [];

    public async Task OnGetAsync() => Conventions = await directory.ListAsync(HttpContext.RequestAborted);
}
