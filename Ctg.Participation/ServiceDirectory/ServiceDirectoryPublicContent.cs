using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.ServiceDirectory;

/// <summary>The public directory.</summary>
public static class ServiceDirectoryPublicContent
{
    public static IServiceCollection AddServiceDirectoryPublicContent(this IServiceCollection services) => services
        .AddPublicContent<FamilyService>(_ => [PublicPages.Directory]);
}
