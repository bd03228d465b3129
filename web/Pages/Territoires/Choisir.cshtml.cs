using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Territoires;

/// <summary>Target of the header's chooser (a plain GET form, so it works without JavaScript).</summary>
public sealed class ChoisirModel(ConventionDirectory directory) : PageModel
{
    public IReadOnlyList<ConventionSummary> Conventions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? ctg)
    {
        // « Tout le département » in the header's chooser sends an empty value: the department's home.
        if (string.IsNullOrEmpty(ctg) && Request.Query.ContainsKey("ctg")) return RedirectToPage("/Index");
        if (!string.IsNullOrEmpty(ctg) && await directory.FindSummaryAsync(ctg, HttpContext.RequestAborted) is { } chosen)
        {
            return RedirectToPage("/Territoires/Detail", new { slug = chosen.Slug });
        }
        Conventions = await directory.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
