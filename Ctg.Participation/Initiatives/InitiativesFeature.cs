using Ctg.Participation.Routing;
using Ctg.Participation.Accounts;
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
        return services;
    }
}
