using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Ctg.Participation.Web.Authorization;

/// <summary>
/// A staff member refused only because two-factor sign-in is required but not yet on is sent to set it up,
/// rather than shown a bare "access denied".
/// </summary>
public sealed class PortalAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden &&
            authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<StaffTwoFactorRequirement>().Any() == true &&
            authorizeResult.AuthorizationFailure.FailedRequirements.All(r => r is StaffTwoFactorRequirement))
        {
            context.Response.Redirect("/compte/deux-facteurs?requis=1");
            return Task.CompletedTask;
        }
        return fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
