using System.Security.Claims;
using Ctg.Participation.Barometers;
using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Web.Authorization;

namespace Ctg.Participation.Web.DepartmentNetwork;

/// <summary>The department network and the barometers in the host: their services and the network's two policies.</summary>
public static class DepartmentNetworkWebExtensions
{
    public static IServiceCollection AddDepartmentNetworkFeature(this IServiceCollection services)
    {
        services.AddDepartmentNetwork();
        services.AddBarometers();
        return services;
    }

    /// <summary>The signed-in person as the network's services see them.</summary>
    public static NetworkActor NetworkActor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());
}
