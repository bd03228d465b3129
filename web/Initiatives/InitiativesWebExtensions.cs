using Ctg.Participation.Initiatives;
using Ctg.Participation.Routing;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Routing;
using Microsoft.AspNetCore.Authorization;

namespace Ctg.Participation.Web.Initiatives;

/// <summary>The initiatives and routing features in the host: their services and named policies.</summary>
public static class InitiativesWebExtensions
{
    public static IServiceCollection AddInitiativesAndRoutingFeature(this IServiceCollection services)
    {
        services.AddInitiatives();
        services.AddContributionRouting();
        services.AddScoped<IAuthorizationHandler, WorkingGroupHandler>();

        // Reviewing and routing follow the CTG back-office rule (pages pass a ConventionResource); a working group's
        // page is open to its members, who may not be staff at all.
        services.AddAuthorizationBuilder()
            .AddPolicy(InitiativePermissions.Declare, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(InitiativePermissions.Review, policy => ManagesConvention(policy, InitiativePermissions.StaffRoles))
            .AddPolicy(RoutingPermissions.Route, policy => ManagesConvention(policy, RoutingPermissions.StaffRoles))
            .AddPolicy(RoutingPermissions.WorkInGroup, policy => policy.RequireAuthenticatedUser().AddRequirements(new WorkingGroupRequirement()));
        return services;
    }

    private static void ManagesConvention(AuthorizationPolicyBuilder policy, IReadOnlyList<string> roles) => policy
        .RequireAuthenticatedUser()
        .RequireRole(roles)
        .AddRequirements(new StaffTwoFactorRequirement(), new ConventionBackOfficeRequirement(Manage: true));
}
