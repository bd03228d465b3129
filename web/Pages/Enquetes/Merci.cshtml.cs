using Ctg.Participation.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Enquetes;

public sealed class MerciModel(SurveyDirectory directory) : PageModel
{
    public SurveyDirectory.Header Survey { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var survey = await directory.FindAsync(id, HttpContext.RequestAborted);
        if (survey is null || survey.Status == SurveyStatus.Draft) return NotFound();
        Survey = survey;
        return Page();
    }
}
