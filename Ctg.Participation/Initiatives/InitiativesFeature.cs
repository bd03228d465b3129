using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Indicators;
using Ctg.Participation.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Initiatives;

public static class InitiativesFeature
{
    /// <summary>The initiatives feature: declaring, reviewing, reading.</summary>
    public static IServiceCollection AddInitiatives(this IServiceCollection services)
    {
        services.AddInitiativesPublicContent();
        services.AddScoped<InitiativeSubmission>();
        services.AddScoped<InitiativeBrowser>();
        services.AddScoped<IPersonalDataSource, InitiativePersonalData>();
        services.AddRoutableSource<InitiativeRoutableSource>();
        services.AddPermissions(InitiativePermissions.Feature, InitiativePermissions.Declared);
        services.AddIndicator<Indicators.InitiativesIdentifiedIndicator>();
        services.AddIndicator<Indicators.InitiativesRoutedIndicator>();
        return services;
    }
}
