using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Ctg.Participation.Data;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Web.Pages.Reseaux;

/// <summary>A thematic network: its walls, and a form to open one for its members and the CTG's coordinators.</summary>
public sealed class ReseauModel(WallDirectory directory, PortalDbContext db) : PageModel
{
    public WallDirectory.NetworkPlace Network { get; private set; } = default!;
    public IReadOnlyList<WallDirectory.WallListing> Walls { get; private set; } = [];
    public bool CanWrite { get; private set; }

    [BindProperty]
    public NewWall Input { get; set; } = new();

    public sealed class NewWall
    {
        [Required(ErrorMessage = "Donnez un titre au mur.")]
        [StringLength(WallLimits.WallTitleLength, ErrorMessage = "Le titre est limité à {1} caractères.")]
        [Display(Name = "Titre du mur")]
        public string? Title { get; set; }

        [Display(Name = "Consultable par tous (en lecture seule)")]
        public bool IsPublic { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string ctg, string network) => await LoadAsync(ctg, network) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string ctg, string network)
    {
        if (!await LoadAsync(ctg, network)) return NotFound();
        if (!CanWrite) return Forbid();
        if (!ModelState.IsValid) return Page();
        try
        {
            var wall = await directory.CreateAsync(Network, Input.Title, Input.IsPublic, HttpContext.RequestAborted);
            TempData["Message"] = "Le mur est ouvert.";
            return Redirect(wall.Url);
        }
        catch (WallRuleException refused)
        {
            ModelState.AddModelError("Input.Title", refused.Message);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string ctg, string network)
    {
        var place = await directory.FindNetworkAsync(ctg, network, HttpContext.RequestAborted);
        if (place is null) return false;
        Network = place;
        var userId = User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        // The same rule as WallAccess, for a network rather than a wall: members and the CTG's coordinators.
        CanWrite = userId is not null &&
            (await db.NetworkMemberships.AnyAsync(m => m.ThematicNetworkId == place.NetworkId && m.UserId == userId) ||
             await db.CoordinatorAssignments.AnyAsync(a => a.ConventionId == place.ConventionId && a.UserId == userId));
        var readsAll = CanWrite || User.IsInRole(Ctg.Participation.Accounts.PortalRoles.CafAdvisor) || User.IsInRole(Ctg.Participation.Accounts.PortalRoles.Administrator);
        Walls = await directory.ListAsync(place.NetworkId, includePrivate: readsAll, HttpContext.RequestAborted);
        return true;
    }
}
