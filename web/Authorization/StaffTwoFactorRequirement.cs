using System.Security.Claims;
using Ctg.Participation.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Ctg.Participation.Web.Authorization;

/// <summary>When an administrator requires it, staff reach the back-office only once two-factor sign-in is on.</summary>
public sealed class StaffTwoFactorRequirement : IAuthorizationRequirement;

public sealed class StaffTwoFactorHandler(PortalSettings settings, UserManager<PortalUser> users)
    : AuthorizationHandler<StaffTwoFactorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffTwoFactorRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true) return;
        if (!await settings.IsStaffTwoFactorRequiredAsync())
        {
            context.Succeed(requirement);
            return;
        }
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is not null && user.TwoFactorEnabled) context.Succeed(requirement);
    }
}
