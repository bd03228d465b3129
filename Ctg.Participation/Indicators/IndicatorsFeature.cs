using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ctg.Participation.Indicators;

public static class IndicatorsFeature
{
    /// <summary>Registers an indicator a feature can count; the catalogue picks up every one registered.</summary>
    public static IServiceCollection AddIndicator<T>(this IServiceCollection services) where T : class, IIndicator
    {
        services.TryAddScoped<IndicatorCatalogue>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIndicator, T>());
        return services;
    }
}
