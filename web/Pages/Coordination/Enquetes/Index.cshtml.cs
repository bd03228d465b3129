using Ctg.Participation.Conventions;
using Ctg.Participation.Surveys;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Enquetes;

/// <summary>The surveys of the CTGs this staff account may read, and where it may create one.</summary>
[Authorize(Policy = ConventionPermissions.AccessCoordination)]
public sealed class IndexModel(ConventionAccess access, SurveyDirectory directory, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<SurveyDirectory.Item> Items { get; private set; } = [];
    public IReadOnlyList<ConventionSummary> Buildable { get; private set; } = [];
    public SurveyDirectory Directory => directory;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var readable = await access.ReadableConventionsAsync(User.UserId()!, User.Actor().Roles, ct);
        Items = await directory.ForConventionsAsync(readable.Select(c => c.Id).ToList(), ct);
        var buildable = new List<ConventionSummary>();
        foreach (var c in readable)
        {
            if ((await authorization.SurveyRightsAsync(User, c.Id)).Build) buildable.Add(c);
        }
        Buildable = buildable;
    }
}
