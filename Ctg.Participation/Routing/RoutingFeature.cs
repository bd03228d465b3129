using Ctg.Participation.Common;
using Ctg.Participation.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ctg.Participation.Routing;

public static class RoutingFeature
{
    /// <summary>The routing feature: the coordinator's desk, the working groups' side, the status shown to contributors.</summary>
    public static IServiceCollection AddContributionRouting(this IServiceCollection services)
    {
        services.AddRoutingPublicContent();
        services.AddScoped<RoutingDesk>();
        // The desk's counts per CTG and filter, forgotten at every write.
        services.AddSingleton<RoutingDeskCounts>();
        services.AddSingleton<PublicContent.IPublicContentListener>(provider => provider.GetRequiredService<RoutingDeskCounts>());
        services.AddScoped<RoutableKeys>();
        services.AddScoped<GroupDesk>();
        services.AddScoped<ContributionRoutings>();
        services.AddScoped<CopilAlerts>();
        services.AddPermissions(RoutingPermissions.Feature, RoutingPermissions.Declared);
        services.AddIndicator<Indicators.CopilAlertsRaisedIndicator>();
        services.AddIndicator<Indicators.CopilAlertsClosedIndicator>();
        return services;
    }

    /// <summary>Registers a kind of contribution the routing desk lists and routes.</summary>
    public static IServiceCollection AddRoutableSource<T>(this IServiceCollection services) where T : class, IRoutableSource
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRoutableSource, T>());
        return services;
    }
}
