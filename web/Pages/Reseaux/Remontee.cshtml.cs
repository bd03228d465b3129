using Ctg.Participation.Walls;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Reseaux;

/// <summary>
/// A short address for a card sent up to the routing desk: it sends the reader on to the card on its wall, whose
/// page decides who may read it. Lets the desk and working groups link to a card without knowing the wall's slugs.
/// </summary>
[Authorize]
public sealed class RemonteeModel(WallSubmissions submissions) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id) =>
        await submissions.CardUrlAsync(id, HttpContext.RequestAborted) is { } url ? LocalRedirect(url) : NotFound();
}
