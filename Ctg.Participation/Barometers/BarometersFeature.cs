using Ctg.Participation.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Barometers;

/// <summary>
/// The barometers feature: the two templates, their launch and their three indicators. It adds no policy of its
/// own: launching is building a survey of the CTG (<see cref="Surveys.SurveyPermissions.Build"/>) and reading the
/// results is reading the survey's (<see cref="Surveys.SurveyPermissions.ReadResults"/>).
/// </summary>
public static class BarometersFeature
{
    public static IServiceCollection AddBarometers(this IServiceCollection services)
    {
        services.AddScoped<BarometerLauncher>();
        services.AddScoped<BarometerDirectory>();
        services.AddIndicator<PartnersVisibilityIndicator>();
        services.AddIndicator<ResidentsVisibilityIndicator>();
        services.AddIndicator<CoordinatorAppreciationIndicator>();
        return services;
    }
}
