using System.Security.Claims;
using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

[Authorize(Policy = ConventionPermissions.AccessCoordination)]
public sealed class IndexModel(ConventionAccess access) : PageModel
{
    public IReadOnlyList<ConventionSummary> Conventions { get; private set; } = [];
    public bool IsAdministrator { get; private set; }
    public bool InDepartmentNetwork { get; private set; }

    public async Task OnGetAsync()
    {
        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        IsAdministrator = roles.Contains(PortalRoles.Administrator);
        InDepartmentNetwork = Ctg.Participation.DepartmentNetwork.DepartmentNetworkPermissions.IsMember(roles);
        Conventions = await access.ReadableConventionsAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, roles, HttpContext.RequestAborted);
    }
}
