using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Enquetes;

/// <summary>The survey as respondents will see it, every step on one page, fields disabled.</summary>
[Authorize(Policy = Ctg.Participation.Conventions.ConventionPermissions.AccessCoordination)]
public sealed class ApercuModel(SurveyDirectory directory, SurveyForms forms, IAuthorizationService authorization) : SurveyBackOfficePage(directory, authorization)
{
    public FormDefinition Form { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await AuthorizeSurveyAsync(id, build: false) is { } refused) return refused;
        Form = await forms.LoadAsync(id, HttpContext.RequestAborted);
        return Page();
    }
}
