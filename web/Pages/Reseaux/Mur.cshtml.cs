using Ctg.Participation.Walls;
using Ctg.Participation.Web.Walls;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Pages.Reseaux;

/// <summary>
/// A wall, rendered on the server (readable without JavaScript, read-only); wwwroot/js/murs/main.mjs then joins the
/// hub and makes it live. A private wall answers 404 to those who may not read it, without saying whether it exists.
/// </summary>
public sealed class MurModel(WallDirectory directory, WallAccess access, WallReader reader, IOptions<WallHubOptions> hubOptions) : PageModel
{
    public WallDirectory.WallPlace Place { get; private set; } = default!;
    public WallPermit Permit { get; private set; } = default!;
    public WallSnapshot Wall { get; private set; } = default!;

    /// <summary>« colonnes » or « grille » (?disposition=; the script then remembers the person's choice).</summary>
    [BindProperty(SupportsGet = true, Name = "disposition")]
    public string? Disposition { get; set; }

    public string Layout => Disposition == "grille" ? "grille" : "colonnes";

    /// <summary>The hub's contract for the script (method names, statuses, limits), generated from the hub's constants.</summary>
    public string Contract => WallHubContract.Json(hubOptions.Value);

    public async Task<IActionResult> OnGetAsync(string ctg, string network, string wall)
    {
        if (await directory.FindReadableAsync(access, User, ctg, network, wall, HttpContext.RequestAborted) is not var (place, permit)) return NotFound();
        Place = place;
        Permit = permit;
        Wall = (await reader.SnapshotAsync(place.WallId, HttpContext.RequestAborted))!;
        return Page();
    }

    public IEnumerable<CardView> CardsOf(int columnId) => Wall.Cards.Where(c => c.ColumnId == columnId);
}
