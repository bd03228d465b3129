using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Routing;

public static class RoutingFeature
{
    /// <summary>The routing feature: the coordinator's desk, the working groups' side, the status shown to contributors.</summary>
    public static IServiceCollection AddContributionRouting(this IServiceCollection services)
    {
        services.AddScoped<RoutingDesk>();
        services.AddScoped<GroupDesk>();
        services.AddScoped<ContributionRoutings>();
        services.AddScoped<CopilAlerts>();
        return services;
    }
}
