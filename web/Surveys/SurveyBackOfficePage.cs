using Ctg.Participation.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Surveys;

/// <summary>
/// A back-office page about one survey: loads it and checks, in every handler, that the person may read it
/// (its CTG's coordinators, Caf advisors, administrators) or build it (coordinators, administrators). Another CTG's
/// coordinator gets 403.
/// </summary>
public abstract class SurveyBackOfficePage(SurveyDirectory directory, IAuthorizationService authorization) : PageModel
{
    public SurveyDirectory.Header Survey { get; private set; } = default!;
    public bool CanBuild { get; private set; }

    protected SurveyDirectory Directory => directory;

    /// <summary>Null when allowed; otherwise the result to return (404 for an unknown survey, 403 when not allowed).</summary>
    protected async Task<IActionResult?> AuthorizeSurveyAsync(int id, bool build)
    {
        var survey = await directory.FindAsync(id, HttpContext.RequestAborted);
        if (survey is null) return NotFound();
        var (read, canBuild) = await authorization.SurveyRightsAsync(User, survey.ConventionId);
        if (!read || build && !canBuild) return Forbid();
        Survey = survey;
        CanBuild = canBuild;
        return null;
    }
}
