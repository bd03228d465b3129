using Ctg.Participation.Surveys;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Enquetes;

/// <summary>The CSV export, streamed to the response as rows are read (never built in memory).</summary>
[Authorize(Policy = Ctg.Participation.Conventions.ConventionPermissions.AccessCoordination)]
public sealed class ExportModel(SurveyDirectory directory, SurveyResults results, IAuthorizationService authorization) : SurveyBackOfficePage(directory, authorization)
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await AuthorizeSurveyAsync(id, build: false) is { } refused) return refused;
        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"enquete-{id}-reponses.csv\"";
        await results.WriteCsvAsync(id, Response.Body, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
