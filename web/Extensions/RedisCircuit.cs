using StackExchange.Redis;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// Redis is an accelerator, never a single point of failure. Everything that uses Redis (the SignalR backplane, shared
/// rate limits, shared wall presence) asks this circuit first: while it is open they work per instance at once, without
/// waiting on Redis. It opens on the first failure (a lost connection, an error, an operation slower than
/// <c>Redis:OperationTimeoutMs</c>) and, while open, pings Redis in the background every <c>Redis:ProbeIntervalMs</c>;
/// the first answer closes it and tells the users of Redis to resume (<see cref="Closed"/>).
/// </summary>
public sealed class RedisCircuit : IDisposable
{
    private readonly PortalRedis redis;
    private readonly ILogger<RedisCircuit> logger;
    private readonly CancellationTokenSource stopping = new();
    private readonly object gate = new();
    private bool open = true;
    private bool probing;
    private bool started;

    public RedisCircuit(PortalRedis redis, RedisTimings timings, ILogger<RedisCircuit> logger)
    {
        this.redis = redis;
        this.logger = logger;
        Timings = timings;
        redis.ConnectionFailed += cause => Trip(cause);
    }

    public RedisTimings Timings { get; }

    /// <summary>True while Redis answers: use it. False: work per instance (and do not wait on Redis).</summary>
    public bool IsClosed
    {
        get
        {
            EnsureStarted();
            lock (gate) return !open;
        }
    }

    /// <summary>Raised (on a background thread) when Redis stops answering.</summary>
    public event Action? Opened;

    /// <summary>Raised (on a background thread) when Redis answers again after an outage.</summary>
    public event Action? Closed;

    /// <summary>First use: connects (bounded by the connect timeout) and closes the circuit when Redis answers, else probes.</summary>
    public void EnsureStarted()
    {
        lock (gate)
        {
            if (started) return;
            started = true;
        }
        if (redis.IsConnected) CloseCircuit();
        else
        {
            logger.LogError("Redis cannot be reached at start-up: each instance works alone until it answers");
            StartProbe();
        }
    }

    /// <summary>Something that used Redis failed: open the circuit (once) and start probing.</summary>
    public void Trip(object? cause)
    {
        lock (gate)
        {
            started = true;
            if (open) return;
            open = true;
        }
        logger.LogWarning("Redis unavailable ({Cause}): each instance works alone until it answers again", Describe(cause));
        Raise(Opened);
        StartProbe();
    }

    /// <summary>Runs a Redis operation with the configured time budget; a failure or a late answer trips the circuit.</summary>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> operation)
    {
        try
        {
            return await operation(redis.Database).WaitAsync(Timings.OperationTimeout);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            Trip(ex);
            throw;
        }
    }

    public static bool IsRedisFailure(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;

    private void StartProbe()
    {
        lock (gate)
        {
            if (probing || stopping.IsCancellationRequested) return;
            probing = true;
        }
        _ = Task.Run(ProbeAsync);
    }

    private async Task ProbeAsync()
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                await Task.Delay(Timings.ProbeInterval, stopping.Token);
                try
                {
                    await redis.Database.PingAsync().WaitAsync(Timings.OperationTimeout, stopping.Token);
                    lock (gate) probing = false;
                    CloseCircuit();
                    return;
                }
                catch (Exception ex) when (IsRedisFailure(ex))
                {
                    // Still away; try again after the next interval.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        lock (gate) probing = false;
    }

    private void CloseCircuit()
    {
        lock (gate)
        {
            if (!open) return;
            open = false;
        }
        logger.LogInformation("Redis answers: shared state and the SignalR backplane resume");
        Raise(Closed);
    }

    private void Raise(Action? handlers)
    {
        if (handlers is null) return;
        foreach (var handler in handlers.GetInvocationList().Cast<Action>())
        {
            try
            {
                handler();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A Redis circuit listener failed");
            }
        }
    }

    private static string Describe(object? cause) => cause switch
    {
        Exception ex => ex.GetType().Name + ": " + ex.Message,
        null => "unknown",
        _ => cause.ToString() ?? "unknown",
    };

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }
}

/// <summary>How long anything waits on Redis (<c>Redis:OperationTimeoutMs</c>, default 500) and how often an open circuit probes it (<c>Redis:ProbeIntervalMs</c>, default 1000).</summary>
public sealed record RedisTimings(TimeSpan OperationTimeout, TimeSpan ProbeInterval)
{
    public static RedisTimings From(IConfiguration configuration) => new(
        TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue("Redis:OperationTimeoutMs", 500), 50, 10_000)),
        TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue("Redis:ProbeIntervalMs", 1000), 100, 60_000)));
}
