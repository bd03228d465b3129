using Ctg.Participation.Conventions;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>
/// The cards a CTG's walls sent up, for its coordinators. A minimal list: the routing desk itself (orienting each
/// contribution to working groups and axes) belongs to the routing feature.
/// </summary>
[Authorize(Policy = WallPermissions.ReadSubmissions)]
public sealed class MursRemonteesModel(ConventionDirectory conventions, WallSubmissions submissions) : PageModel
{
    public string ConventionName { get; private set; } = "";
    public string ConventionSlug { get; private set; } = "";
    public IReadOnlyList<WallSubmissions.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        var convention = await conventions.FindSummaryAsync(ctg, HttpContext.RequestAborted);
        if (convention is null) return NotFound();
        ConventionName = convention.Name;
        ConventionSlug = convention.Slug;
        Rows = await submissions.ForConventionAsync(convention.Id, HttpContext.RequestAborted);
        return Page();
    }
}
