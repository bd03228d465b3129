using Ctg.Participation.Conventions;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>The CTGs whose meetings the person may see.</summary>
[Authorize(Policy = ConventionPermissions.AccessCoordination)]
public sealed class IndexModel(ConventionAccess access) : PageModel
{
    public IReadOnlyList<ConventionSummary> Conventions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var actor = User.Actor();
        Conventions = await access.ReadableConventionsAsync(actor.UserId, actor.Roles, HttpContext.RequestAborted);
    }
}
