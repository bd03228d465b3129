using System.Security.Claims;
using Ctg.Participation.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Ctg.Participation.Web.Authorization;

/// <summary>
/// When an administrator requires it, staff reach the back-office only with a strong sign-in: an account with an
/// authenticator app (TOTP, asked at every password sign-in), or a session opened with a passkey or with ProConnect
/// (the agents' professional identity, itself multi-factor at the agent's administration).
/// </summary>
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
        if (user is not null && (user.TwoFactorEnabled || context.User.HasClaim("amr", Ctg.Participation.Web.Accounts.PasskeySignIn.AuthenticationMethod)
            || context.User.HasClaim("amr", Ctg.Participation.ExternalIdentities.ExternalProvider.ProConnectScheme)))
        {
            context.Succeed(requirement);
        }
    }
}
