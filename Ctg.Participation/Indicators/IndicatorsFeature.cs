using Ctg.Participation.Common;
using Ctg.Participation.PublicContent;
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

    /// <summary>
    /// The indicators feature: scope resolution, statistical secrecy, the report and the open data, and the participation
    /// indicators that count across features (participants, projects mobilising residents). Every feature registers its
    /// own indicators in its <c>Add…()</c> with <see cref="AddIndicator{T}"/>.
    /// </summary>
    public static IServiceCollection AddParticipationIndicators(this IServiceCollection services)
    {
        services.AddOptions<IndicatorOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IndicatorCatalogue>();
        services.TryAddScoped<IndicatorScopes>();
        services.TryAddSingleton<StatisticalSecrecy>();
        services.TryAddScoped<IndicatorReport>();
        services.TryAddSingleton<IndicatorSnapshotMemo>();
        services.TryAddSingleton<IndicatorSnapshotGate>();
        services.TryAddScoped<IndicatorSnapshots>();
        services.TryAddScoped<OpenData>();
        services.TryAddScoped<Participation.ParticipantsByMunicipality>();

        services.AddIndicator<Participation.ProjectsMobilisingResidentsIndicator>();
        services.AddIndicator<Participation.DistinctParticipantsIndicator>();
        services.AddIndicator<Participation.ParticipantsPerThousandIndicator>();
        services.AddPermissions(IndicatorPermissions.Feature, IndicatorPermissions.Declared);
        // A new snapshot changes the figures the public dashboard shows.
        services.AddPublicContent<IndicatorSnapshot>(_ => [PublicPages.Indicators]);
        return services;
    }
}
