using System.Security.Claims;
using Ctg.Participation.Surveys;
using Ctg.Participation.Web.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace Ctg.Participation.Web.Surveys;

/// <summary>The surveys feature in the host: its services and named policies (checked against the survey's CTG).</summary>
public static class SurveysWebExtensions
{
    public static IServiceCollection AddSurveysFeature(this IServiceCollection services)
    {
        services.AddSurveys();
        return services;
    }

    /// <summary>What this person may do with a survey of this CTG.</summary>
    public static async Task<(bool Read, bool Build)> SurveyRightsAsync(this IAuthorizationService authorization, ClaimsPrincipal user, int conventionId)
    {
        var resource = new ConventionResource(conventionId);
        var build = (await authorization.AuthorizeAsync(user, resource, SurveyPermissions.Build)).Succeeded;
        var read = build || (await authorization.AuthorizeAsync(user, resource, SurveyPermissions.ReadResults)).Succeeded;
        return (read, build);
    }

    /// <summary>The posted fields of a survey form (q12, q12-autre, q12-l3…), as the forms engine reads them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> QuestionFields(this IFormCollection form) =>
        form.Where(f => Ctg.Participation.Surveys.Forms.FormKeys.QuestionOf(f.Key) is not null)
            .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.Select(v => v ?? "").ToList());

    public const string BrowserCookiePrefix = "ctg-enquete-";
}
