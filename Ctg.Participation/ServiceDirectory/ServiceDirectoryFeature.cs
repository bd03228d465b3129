using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ctg.Participation.ServiceDirectory;

public static class ServiceDirectoryFeature
{
    /// <summary>The directory of family services and partners: public search, coordinators' CRUD, CSV import.</summary>
    public static IServiceCollection AddServiceDirectory(this IServiceCollection services)
    {
        services.AddServiceDirectoryPublicContent();
        services.AddScoped<ServiceDirectoryBrowser>();
        services.AddScoped<ServiceDirectoryEditor>();
        services.AddScoped<ServiceDirectoryCsv>();
        services.AddScoped<ServiceDirectoryExport>();
        services.TryAddScoped<Csv.PendingImports>();
        return services;
    }
}
