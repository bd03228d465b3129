using Ctg.Participation.Common;
using Ctg.Participation.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>
/// The réseau départemental des chargés de coopération: the library of shared supports, the department's events
/// with registration and attendance, the department wall, and the two 3.2 figures they feed. Its policies are
/// declared in <see cref="DepartmentNetworkPermissions"/>.
/// </summary>
public static class DepartmentNetworkFeature
{
    public static IServiceCollection AddDepartmentNetwork(this IServiceCollection services)
    {
        services.AddScoped<SupportLibrary>();
        services.AddScoped<NetworkEvents>();
        services.AddScoped<DepartmentWall>();
        services.AddIndicator<NetworkSupportsIndicator>();
        services.AddIndicator<SharingTimesIndicator>();
        services.AddScoped<Accounts.IPersonalDataSource, NetworkPersonalData>();
        services.AddPermissions(DepartmentNetworkPermissions.Feature, DepartmentNetworkPermissions.Declared);
        return services;
    }
}
