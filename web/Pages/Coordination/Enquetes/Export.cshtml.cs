using Ctg.Participation.Csv;
using Ctg.Participation.Surveys;
using Ctg.Participation.Web.Extensions;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Enquetes;

/// <summary>The responses as CSV (default), XLSX or ODS (`?format=`), written as rows are read (never built in memory).</summary>
[Authorize(Policy = Ctg.Participation.Conventions.ConventionPermissions.AccessCoordination)]
public sealed class ExportModel(SurveyDirectory directory, SurveyResults results, IAuthorizationService authorization) : SurveyBackOfficePage(directory, authorization)
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (TableDownload.Format(Request) is not { } format) return BadRequest();
        if (await AuthorizeSurveyAsync(id, build: false) is { } refused) return refused;
        return await TableDownload.SendAsync(HttpContext, format, $"enquete-{id}-reponses", "Réponses", CsvConventions.People,
            (table, ct) => results.WriteAsync(id, table, ct));
    }
}
