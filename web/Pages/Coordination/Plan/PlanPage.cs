using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Plan;

/// <summary>
/// What every action-plan page does first: find the CTG by its slug and learn whether the reader may change it.
/// The page's [Authorize] policy already requires reading rights; handlers that write check <see cref="CanManage"/>.
/// </summary>
public abstract class PlanPage(ConventionDirectory directory, IAuthorizationService authorization) : PageModel
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

public static class PlanLabels
{
    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", PortalCulture.French) ?? "—";
    public static string Number(decimal? n) => n?.ToString("0.##", PortalCulture.French) ?? "—";
}
