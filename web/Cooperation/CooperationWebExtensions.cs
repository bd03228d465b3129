using Ctg.Participation.Cooperation;

namespace Ctg.Participation.Web.Cooperation;

/// <summary>The cooperation feature in the host: its services and where its documents are kept (Cooperation:DocumentDirectory).</summary>
public static class CooperationWebExtensions
{
    public static IServiceCollection AddCooperationFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddCooperation();
        services.Configure<CooperationOptions>(configuration.GetSection(CooperationOptions.Section));
        services.PostConfigure<CooperationOptions>(o => o.DocumentDirectory = Path.GetFullPath(o.DocumentDirectory, contentRoot));
        return services;
    }
}
