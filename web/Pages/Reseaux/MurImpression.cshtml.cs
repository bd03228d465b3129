using Ctg.Participation.Walls;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Reseaux;

/// <summary>The wall laid out for paper: columns one after another, cards as a plain list.</summary>
public sealed class MurImpressionModel(WallDirectory directory, WallAccess access, WallReader reader) : PageModel
{
    public WallDirectory.WallPlace Place { get; private set; } = default!;
    public WallSnapshot Wall { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string ctg, string network, string wall)
    {
        if (await directory.FindReadableAsync(access, User, ctg, network, wall, HttpContext.RequestAborted) is not var (place, _)) return NotFound();
        Place = place;
        Wall = (await reader.SnapshotAsync(place.WallId, HttpContext.RequestAborted))!;
        return Page();
    }
}
