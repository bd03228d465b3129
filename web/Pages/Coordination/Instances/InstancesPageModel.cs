using Ctg.Participation.Conventions;
using Ctg.Participation.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>
/// What every governance page does first: find the CTG named in the URL and decide whether the person only reads
/// (Caf advisors) or manages (the CTG's coordinators, administrators). The class-level policy already refused others.
/// </summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public abstract class InstancesPageModel(ConventionDirectory directory, IAuthorizationService authorization) : PageModel
{
    public ConventionSummary Convention { get; private set; } = default!;
    public bool CanManage { get; private set; }

    protected async Task<bool> LoadConventionAsync(string ctg)
    {
        var convention = await directory.FindSummaryAsync(ctg, HttpContext.RequestAborted);
        if (convention is null) return false;
        Convention = convention;
        CanManage = (await authorization.AuthorizeAsync(User, new ConventionResource(convention.Id), ConventionPermissions.ManageBackOffice)).Succeeded;
        return true;
    }
}
