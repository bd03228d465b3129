using Ctg.Participation.PublicContent;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ctg.Participation.Web.PublicContent;

/// <summary>
/// Output caching of the public pages for anonymous visitors (<see cref="PublicPageRoutes"/>), kept fresh by the
/// evictions the features declare (<see cref="PublicContentFeature.AddPublicContent{TEntity}"/>). Settings:
/// <c>OutputCache:Enabled</c> (default true), <c>OutputCache:Seconds</c> (how long an untouched copy lives, default
/// 600), <c>OutputCache:SizeLimitMegabytes</c> (default 128), <c>OutputCache:RedisTimeoutMs</c> (default 300). With
/// <c>Redis:Configuration</c> the copies and their evictions are shared by every instance.
/// </summary>
public static class PublicContentWebExtensions
{
    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        if (!configuration.GetValue("OutputCache:Enabled", true)) return services;
        var lifetime = TimeSpan.FromSeconds(configuration.GetValue("OutputCache:Seconds", 600));
        services.AddOutputCache(options =>
        {
            options.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMegabytes", 128L) * 1024 * 1024;
            options.MaximumBodySize = 4 * 1024 * 1024;
            options.DefaultExpirationTimeSpan = lifetime;
            options.AddBasePolicy(new PublicPagePolicy(lifetime));
        });

        if (!string.IsNullOrWhiteSpace(configuration[ScaleOutExtensions.RedisKey]))
        {
            var prefix = configuration.GetValue("Redis:Prefix", "ctg-participation")!;
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.InstanceName = prefix + ":pages:";
            });
            services.AddOptions<Microsoft.AspNetCore.OutputCaching.StackExchangeRedis.RedisOutputCacheOptions>()
                .Configure<IServiceProvider>((options, provider) =>
                    options.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<PortalRedis>().Multiplexer));
            var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.RemoveAll<IOutputCacheStore>();
            var timeout = TimeSpan.FromMilliseconds(configuration.GetValue("OutputCache:RedisTimeoutMs", 300));
            services.AddSingleton<IOutputCacheStore>(provider => new ResilientOutputCacheStore(
                (IOutputCacheStore)(redisStore.ImplementationInstance
                    ?? redisStore.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!)),
                () => provider.GetRequiredService<PortalRedis>().IsConnected,
                timeout,
                provider.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
        }
        services.Replace(ServiceDescriptor.Singleton<IPublicContentEviction, OutputCachePublicContentEviction>());
        return services;
    }

    public static WebApplication UsePublicPageCache(this WebApplication app)
    {
        if (app.Configuration.GetValue("OutputCache:Enabled", true)) app.UseOutputCache();
        return app;
    }
}
