using Ctg.Participation.Indicators;
using Ctg.Participation.Web.Authorization;

namespace Ctg.Participation.Web.Indicators;

/// <summary>The indicators feature in the host: its services, its setting and its named policy.</summary>
public static class IndicatorsWebExtensions
{
    public static IServiceCollection AddIndicatorsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddParticipationIndicators();
        services.Configure<IndicatorOptions>(configuration.GetSection(IndicatorOptions.Section));
        return services;
    }
}
