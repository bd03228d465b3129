using Ctg.Participation.Common;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Routing;
using Microsoft.AspNetCore.Authorization;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// Turns every permission the features declared (<see cref="FeaturePermissions"/>, registered by each feature's
/// <c>Add…()</c>) into a named policy, in one loop. Pages and hubs name the policies; nothing else builds one.
/// </summary>
public static class AuthorizationExtensions
{
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ConventionBackOfficeHandler>();
        services.AddScoped<IAuthorizationHandler, StaffTwoFactorHandler>();
        services.AddScoped<IAuthorizationHandler, WorkingGroupHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PortalAuthorizationResultHandler>();
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IEnumerable<FeaturePermissions>>((options, features) =>
        {
            foreach (var permission in features.SelectMany(f => f.Permissions))
            {
                options.AddPolicy(permission.Name, policy => Build(policy, permission));
            }
        });
        return services;
    }

    /// <summary>The one shape of each rule: staff always need their role and two-factor authentication.</summary>
    private static void Build(AuthorizationPolicyBuilder policy, Permission permission)
    {
        policy.RequireAuthenticatedUser();
        switch (permission.Rule)
        {
            case PermissionRule.SignedIn:
                break;
            case PermissionRule.WorkingGroupMember:
                policy.AddRequirements(new WorkingGroupRequirement());
                break;
            case PermissionRule.Staff:
                policy.RequireRole(permission.Roles).AddRequirements(new StaffTwoFactorRequirement());
                break;
            case PermissionRule.ReadsConvention or PermissionRule.ManagesConvention:
                policy.RequireRole(permission.Roles).AddRequirements(new StaffTwoFactorRequirement(),
                    new ConventionBackOfficeRequirement(Manage: permission.Rule == PermissionRule.ManagesConvention));
                break;
            default:
                throw new InvalidOperationException($"No policy shape for {permission.Rule}.");
        }
    }
}
