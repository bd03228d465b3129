using Ctg.Participation.Conventions;
using Ctg.Participation.Web.Authorization;
using Microsoft.AspNetCore.Authorization;

namespace Ctg.Participation.Web.Extensions;

/// <summary>Turns each feature's declared permissions into named policies. Pages and hubs name them; nothing else does.</summary>
public static class AuthorizationExtensions
{
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ConventionBackOfficeHandler>();
        services.AddScoped<IAuthorizationHandler, StaffTwoFactorHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, PortalAuthorizationResultHandler>();

        services.AddAuthorizationBuilder()
            .AddPolicy(ConventionPermissions.AccessCoordination, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(ConventionPermissions.StaffRoles)
                .AddRequirements(new StaffTwoFactorRequirement()))
            .AddPolicy(ConventionPermissions.ReadBackOffice, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(ConventionPermissions.StaffRoles)
                .AddRequirements(new StaffTwoFactorRequirement(), new ConventionBackOfficeRequirement(Manage: false)))
            .AddPolicy(ConventionPermissions.ManageBackOffice, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(ConventionPermissions.StaffRoles)
                .AddRequirements(new StaffTwoFactorRequirement(), new ConventionBackOfficeRequirement(Manage: true)))
            .AddPolicy(ConventionPermissions.Administer, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(Ctg.Participation.Accounts.PortalRoles.Administrator)
                .AddRequirements(new StaffTwoFactorRequirement()));
        return services;
    }
}
