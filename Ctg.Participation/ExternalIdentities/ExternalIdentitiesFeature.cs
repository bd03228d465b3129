using Ctg.Participation.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.ExternalIdentities;

public static class ExternalIdentitiesFeature
{
    /// <summary>Sign-in with FranceConnect, ProConnect or the department's provider: linked identities and their indicator.</summary>
    public static IServiceCollection AddExternalIdentities(this IServiceCollection services)
    {
        services.AddScoped<VerifiedIdentities>();
        services.AddIndicator<VerifiedParticipantsIndicator>();
        return services;
    }
}
