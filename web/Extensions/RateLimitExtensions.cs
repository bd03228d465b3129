using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// Writes are rate-limited per account (or per address when signed out): every POST counts. Sign-in, registration and
/// password reset have a tighter budget per address against credential stuffing; lockout protects each account.
/// With <c>Redis:Configuration</c> set the windows are counted in Redis, so a limit holds across instances (and falls
/// back to the in-process count while Redis is away).
/// </summary>
public static class RateLimitExtensions
{
    public const string AccountPolicy = "compte";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var writesPerMinute = configuration.GetValue("RateLimits:WritesPerMinute", 60);
        var accountAttemptsPerMinute = configuration.GetValue("RateLimits:AccountAttemptsPerMinute", 20);

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }
                return FixedWindow(context, "write:" + ClientKey(context), writesPerMinute);
            });
            options.AddPolicy(AccountPolicy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? FixedWindow(context, "account:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local"), accountAttemptsPerMinute)
                    : RateLimitPartition.GetNoLimiter("account-read"));
            // No body here: the status code pages re-execute /erreur/429, the French page with the portal's layout
            // (that page is exempt from rate limiting, so the re-execution itself is never refused).
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>A one-minute fixed window: in Redis when the portal runs on several instances, else in process.</summary>
    private static RateLimitPartition<string> FixedWindow(HttpContext context, string partition, int permitLimit)
    {
        var redis = context.RequestServices.GetService<PortalRedis>();
        if (redis is null)
        {
            return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            });
        }
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitExtensions));
        return RateLimitPartition.Get(partition, key => new RedisFixedWindowRateLimiter(redis, key, permitLimit, TimeSpan.FromMinutes(1), logger));
    }

    private static string ClientKey(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
