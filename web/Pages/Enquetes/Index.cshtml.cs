using Ctg.Participation.Conventions;
using Ctg.Participation.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Enquetes;

/// <summary>The open surveys, filtered by CTG (a shareable GET form).</summary>
public sealed class IndexModel(SurveyDirectory surveys, ConventionDirectory conventions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Ctg { get; set; }
    public IReadOnlyList<SurveyDirectory.Item> Items { get; private set; } = [];
    public IReadOnlyList<ConventionSummary> Conventions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Conventions = await conventions.ListAsync(HttpContext.RequestAborted);
        if (Ctg is not null && Conventions.All(c => c.Slug != Ctg)) Ctg = null;
        Items = await surveys.OpenAsync(Ctg, HttpContext.RequestAborted);
    }
}
