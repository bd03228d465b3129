using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Authorization;

namespace Ctg.Participation.Web.Proposals;

/// <summary>The proposals and notifications features in the host: their services and settings (permissions are declared in the library).</summary>
public static class ProposalsWebExtensions
{
    public static IServiceCollection AddProposalsFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddProposals();
        services.AddNotifications();

        services.Configure<ProposalOptions>(configuration.GetSection(ProposalOptions.Section));
        services.PostConfigure<ProposalOptions>(o => o.ImageDirectory = Path.GetFullPath(o.ImageDirectory, contentRoot));
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));

        return services;
    }
}
