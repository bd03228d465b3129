using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Authorization;

namespace Ctg.Participation.Web.Proposals;

/// <summary>The proposals and notifications features in the host: their services, settings and named policies.</summary>
public static class ProposalsWebExtensions
{
    public static IServiceCollection AddProposalsFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddProposals();
        services.AddNotifications();

        services.Configure<ProposalOptions>(configuration.GetSection(ProposalOptions.Section));
        services.PostConfigure<ProposalOptions>(o => o.ImageDirectory = Path.GetFullPath(o.ImageDirectory, contentRoot));
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));

        // Answering, moderating and assisted entry follow the CTG back-office rule: pages pass a ConventionResource.
        services.AddAuthorizationBuilder()
            .AddPolicy(ProposalPermissions.Participate, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(ProposalPermissions.Answer, ManagesConvention)
            .AddPolicy(ProposalPermissions.Moderate, ManagesConvention)
            .AddPolicy(ProposalPermissions.AssistedEntry, ManagesConvention);
        return services;
    }

    private static void ManagesConvention(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) => policy
        .RequireAuthenticatedUser()
        .RequireRole(ProposalPermissions.StaffRoles)
        .AddRequirements(new StaffTwoFactorRequirement(), new ConventionBackOfficeRequirement(Manage: true));
}
