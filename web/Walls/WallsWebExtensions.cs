using Ctg.Participation.Conventions;
using Ctg.Participation.Walls;
using Ctg.Participation.Web.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Ctg.Participation.Web.Walls;

public static class WallsWebExtensions
{
    public const string HubPath = "/hubs/murs";

    /// <summary>The walls feature on the web side: its services, the hub with its filter and limits, its policy.</summary>
    public static IServiceCollection AddWallsWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWalls();
        services.Configure<WallHubOptions>(configuration.GetSection(WallHubOptions.Section));
        // Resolved against the content root, as the proposals' image folder is, so a relative setting means the same
        // folder whatever the working directory.
        services.AddOptions<WallImageOptions>().Bind(configuration.GetSection(WallImageOptions.Section))
            .PostConfigure<IHostEnvironment>((o, host) => o.ImageDirectory = Path.GetFullPath(o.ImageDirectory, host.ContentRootPath));
        var options = configuration.GetSection(WallHubOptions.Section).Get<WallHubOptions>() ?? new WallHubOptions();
        services.AddMemoryCache();
        services.AddSingleton<WallPresence>();
        services.AddSingleton<WallPresenceBroadcaster>();
        services.AddScoped<WallCaller>();
        services.AddSignalR(hub =>
        {
            hub.MaximumReceiveMessageSize = options.MaximumReceiveMessageSize;
            hub.EnableDetailedErrors = false;
            hub.AddFilter<WallAccessFilter>();
        });
        return services;
    }

    /// <summary>
    /// The hub. Exempt from the portal's per-account POST limit (long polling posts every message); the hub filter
    /// applies its own limit per connection instead.
    /// </summary>
    public static WebApplication MapWalls(this WebApplication app)
    {
        app.MapHub<WallHub>(HubPath).DisableRateLimiting();
        return app;
    }
}
