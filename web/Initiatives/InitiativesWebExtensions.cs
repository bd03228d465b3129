using Ctg.Participation.Initiatives;
using Ctg.Participation.Routing;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Routing;
using Microsoft.AspNetCore.Authorization;

namespace Ctg.Participation.Web.Initiatives;

/// <summary>The initiatives and routing features in the host (their permissions are declared with them in the library).</summary>
public static class InitiativesWebExtensions
{
    public static IServiceCollection AddInitiativesAndRoutingFeature(this IServiceCollection services)
    {
        services.AddInitiatives();
        services.AddContributionRouting();
        return services;
    }
}
