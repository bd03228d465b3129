using Ctg.Participation.Common;
using Ctg.Participation.Indicators;
using Ctg.Participation.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Walls;

public static class WallsFeature
{
    /// <summary>The walls feature: access rules, operations, reads, directory and submissions.</summary>
    public static IServiceCollection AddWalls(this IServiceCollection services)
    {
        services.AddWallsPublicContent();
        services.AddScoped<WallAccess>();
        services.AddScoped<WallBoard>();
        services.AddScoped<WallReader>();
        services.AddScoped<WallDirectory>();
        services.AddScoped<WallSubmissions>();
        services.AddScoped<WallExport>();
        services.AddScoped<WallImages>();
        services.AddRoutableSource<WallCardRoutableSource>();
        services.AddScoped<Accounts.IPersonalDataSource, WallPersonalData>();
        services.AddPermissions(WallPermissions.Feature, WallPermissions.Declared);
        services.AddIndicator<Indicators.WallCardsCreatedIndicator>();
        services.AddIndicator<Indicators.WallContributorsIndicator>();
        return services;
    }
}
