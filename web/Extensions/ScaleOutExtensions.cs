using System.Threading.RateLimiting;
using Ctg.Participation.Web.Walls;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// Several instances behind a load balancer: when <c>Redis:Configuration</c> is set (e.g. "127.0.0.1:6379"), SignalR
/// messages go through a Redis backplane, wall presence and the write rate limits are shared in Redis, and /health
/// reports Redis. Without it the portal is a single instance and keeps everything in process. Sign-in cookies already
/// work on every instance: the data-protection keys live in the database.
/// </summary>
public static class ScaleOutExtensions
{
    public const string RedisKey = "Redis:Configuration";

    public static IServiceCollection AddPortalScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration[RedisKey];
        if (string.IsNullOrWhiteSpace(redis)) return services;

        var prefix = configuration.GetValue("Redis:Prefix", "ctg-participation")!;
        services.AddSingleton(provider => new PortalRedis(redis, prefix, provider.GetRequiredService<ILogger<PortalRedis>>()));
        services.AddSignalR().AddStackExchangeRedis(redis, options =>
        {
            options.Configuration.ChannelPrefix = RedisChannel.Literal(prefix);
            // Start and keep running while Redis is away; the multiplexer reconnects by itself.
            options.Configuration.AbortOnConnectFail = false;
        });
        // Degraded, not unhealthy: one instance goes on serving without Redis (only cross-instance pushes stop).
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded);
        return services;
    }
}

/// <summary>The one Redis connection of this instance (never static). Connects lazily and reconnects by itself.</summary>
public sealed class PortalRedis : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> connection;

    public PortalRedis(string configuration, string prefix, ILogger<PortalRedis> logger)
    {
        Prefix = prefix + ":";
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 5000);
        // A request waits at most this long on Redis before falling back to in-process state.
        options.SyncTimeout = Math.Min(options.SyncTimeout, 1000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 1000);
        connection = new Lazy<ConnectionMultiplexer>(() =>
        {
            var multiplexer = ConnectionMultiplexer.Connect(options);
            if (!multiplexer.IsConnected)
            {
                logger.LogError("Redis ({Endpoints}) cannot be reached: rate limits and wall presence stay per instance until it answers",
                    string.Join(", ", options.EndPoints));
            }
            multiplexer.ConnectionFailed += (_, e) => logger.LogWarning("Redis connection lost ({Failure}); falling back to per-instance state", e.FailureType);
            multiplexer.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored");
            return multiplexer;
        });
    }

    /// <summary>Prefix of every key this portal writes (several portals may share one Redis).</summary>
    public string Prefix { get; }

    public IDatabase Database => connection.Value.GetDatabase();

    /// <summary>The connection itself, for the libraries that take one (the output cache store).</summary>
    public IConnectionMultiplexer Multiplexer => connection.Value;

    public bool IsConnected => connection.Value.IsConnected;

    public void Dispose()
    {
        if (connection.IsValueCreated) connection.Value.Dispose();
    }
}

public sealed class RedisHealthCheck(PortalRedis redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.Database.PingAsync();
            return HealthCheckResult.Healthy($"Redis joignable ({latency.TotalMilliseconds:0} ms)");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                "Redis injoignable : limites et présence par instance, murs en direct limités à cette instance", ex);
        }
    }
}

/// <summary>
/// A fixed-window limit counted in Redis (INCR on a key per window, EXPIRE after it), so that it holds across
/// instances. When Redis errors, the same limit is counted in process instead, and Redis is used again once it answers.
/// </summary>
public sealed class RedisFixedWindowRateLimiter(PortalRedis redis, string partition, int permitLimit, TimeSpan window, ILogger logger) : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);

    private readonly FixedWindowRateLimiter fallback = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = permitLimit, Window = window, QueueLimit = 0,
    });

    public override TimeSpan? IdleDuration => fallback.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => fallback.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (!redis.IsConnected) return fallback.AttemptAcquire(permitCount);
        try
        {
            var key = WindowKey();
            var count = redis.Database.StringIncrement(key, permitCount);
            if (count == permitCount) redis.Database.KeyExpire(key, window + TimeSpan.FromSeconds(5), CommandFlags.FireAndForget);
            return count <= permitLimit ? Granted : Refused;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis rate limit unavailable; counting in process");
            return fallback.AttemptAcquire(permitCount);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (!redis.IsConnected) return await fallback.AcquireAsync(permitCount, cancellationToken);
        try
        {
            var key = WindowKey();
            var count = await redis.Database.StringIncrementAsync(key, permitCount);
            if (count == permitCount) await redis.Database.KeyExpireAsync(key, window + TimeSpan.FromSeconds(5), flags: CommandFlags.FireAndForget);
            return count <= permitLimit ? Granted : Refused;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis rate limit unavailable; counting in process");
            return await fallback.AcquireAsync(permitCount, cancellationToken);
        }
    }

    private RedisKey WindowKey()
    {
        var windowNumber = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;
        return $"{redis.Prefix}limit:{partition}:{windowNumber}";
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) fallback.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
