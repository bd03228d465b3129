using Ctg.Participation.Indicators;
using Ctg.Participation.Web.Authorization;

namespace Ctg.Participation.Web.Indicators;

/// <summary>The indicators feature in the host: its services, its settings and the snapshots job.</summary>
public static class IndicatorsWebExtensions
{
    public static IServiceCollection AddIndicatorsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddParticipationIndicators();
        services.Configure<IndicatorOptions>(configuration.GetSection(IndicatorOptions.Section));
        if (configuration.GetValue("Jobs:Enabled", true) && configuration.GetValue($"{IndicatorOptions.Section}:{nameof(IndicatorOptions.SnapshotHours)}", new IndicatorOptions().SnapshotHours) > 0)
        {
            services.AddHostedService<Jobs.IndicatorSnapshotsJob>();
        }
        return services;
    }
}
