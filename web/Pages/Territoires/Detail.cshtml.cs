using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Territoires;

public sealed class DetailModel(ConventionDirectory directory, Ctg.Participation.Home.HomeFeed feed) : PageModel
{
    public Convention Convention { get; private set; } = default!;
    public Ctg.Participation.Home.HomeFeed.Feed Feed { get; private set; } = default!;
    public int Population => Convention.Municipalities.Sum(m => m.Population);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var convention = await directory.FindWithDetailsAsync(slug, HttpContext.RequestAborted);
        if (convention is null) return NotFound();
        Convention = convention;
        Feed = await feed.ForAsync(convention.Id, HttpContext.RequestAborted);
        return Page();
    }
}
