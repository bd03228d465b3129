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
    /// indicators of the proposals, initiatives, routing and walls features (other features register theirs themselves).
    /// </summary>
    public static IServiceCollection AddParticipationIndicators(this IServiceCollection services)
    {
        services.AddOptions<IndicatorOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IndicatorCatalogue>();
        services.TryAddScoped<IndicatorScopes>();
        services.TryAddSingleton<StatisticalSecrecy>();
        services.TryAddScoped<IndicatorReport>();
        services.TryAddScoped<OpenData>();
        services.TryAddScoped<Participation.ParticipantsByMunicipality>();

        services.AddIndicator<Routing.Indicators.CopilAlertsRaisedIndicator>();
        services.AddIndicator<Routing.Indicators.CopilAlertsClosedIndicator>();
        services.AddIndicator<Walls.Indicators.WallCardsCreatedIndicator>();
        services.AddIndicator<Walls.Indicators.WallContributorsIndicator>();
        services.AddIndicator<Initiatives.Indicators.InitiativesIdentifiedIndicator>();
        services.AddIndicator<Initiatives.Indicators.InitiativesRoutedIndicator>();
        services.AddIndicator<Participation.ProjectsMobilisingResidentsIndicator>();
        services.AddIndicator<Participation.DistinctParticipantsIndicator>();
        services.AddIndicator<Participation.ParticipantsPerThousandIndicator>();
        services.AddIndicator<Proposals.Indicators.ProposalsSubmittedIndicator>();
        services.AddIndicator<Proposals.Indicators.ProposalsUnderStudyIndicator>();
        services.AddIndicator<Proposals.Indicators.ProposalsRoutedIndicator>();
        services.AddIndicator<Proposals.Indicators.ProposalsKeptIndicator>();
        services.AddIndicator<Proposals.Indicators.ProposalsNotKeptIndicator>();
        services.AddIndicator<Proposals.Indicators.ProposalsCarriedOutIndicator>();
        services.AddIndicator<Proposals.Indicators.ProposalsAnsweredShareIndicator>();
        services.AddIndicator<Proposals.Indicators.ProposalMedianAnswerDaysIndicator>();
        return services;
    }
}
