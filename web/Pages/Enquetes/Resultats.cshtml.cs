using Ctg.Participation.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Enquetes;

/// <summary>Public results, when the coordinator chose to publish them: counts and charts only, never free texts.</summary>
public sealed class ResultatsModel(SurveyDirectory directory, SurveyResults results) : PageModel
{
    public SurveyDirectory.Header Survey { get; private set; } = default!;
    public SurveyResults.Summary Summary { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var survey = await directory.FindAsync(id, HttpContext.RequestAborted);
        if (survey is null || survey.Status == SurveyStatus.Draft || !survey.PublicResults) return NotFound();
        Survey = survey;
        Summary = await results.SummarizeAsync(id, null, HttpContext.RequestAborted);
        return Page();
    }
}
