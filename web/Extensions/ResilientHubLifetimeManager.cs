using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// The SignalR backplane that never blocks a hub call on Redis. Every connection and group of this instance is kept in
/// an in-process <see cref="DefaultHubLifetimeManager{THub}"/>; while the <see cref="RedisCircuit"/> is closed the same
/// connections and groups are also registered with a <see cref="RedisHubLifetimeManager{THub}"/> (a "generation") and
/// messages go through Redis to every instance. The first Redis failure (or the circuit opening) drops that generation
/// and the message is delivered at once to this instance's connections; when Redis answers again a fresh generation is
/// built with every live connection and group, so the backplane resumes by itself. Changes made elsewhere during the
/// outage reach clients through their catch-up (a client seeing a gap in sequences asks the hub for what it missed).
/// </summary>
public sealed class ResilientHubLifetimeManager<THub> : HubLifetimeManager<THub>, ISharedBackplane, IDisposable where THub : Hub
{
    private readonly DefaultHubLifetimeManager<THub> local;
    private readonly RedisCircuit circuit;
    private readonly PortalRedis redis;
    private readonly IServiceProvider services;
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, Member> members = new();
    // Serialises membership changes with the building of a generation, so none is missed or registered twice.
    private readonly SemaphoreSlim membership = new(1, 1);
    private Generation? backplane;
    private bool disposed;

    public ResilientHubLifetimeManager(RedisCircuit circuit, PortalRedis redis, IServiceProvider services, BackplaneStatus status,
        ILogger<DefaultHubLifetimeManager<THub>> localLogger, ILogger<ResilientHubLifetimeManager<THub>> logger)
    {
        status.Add(this);
        local = new DefaultHubLifetimeManager<THub>(localLogger);
        this.circuit = circuit;
        this.redis = redis;
        this.services = services;
        this.logger = logger;
        circuit.Opened += () => Drop(backplane, null);
        circuit.Closed += () => _ = ResumeAsync();
        if (circuit.IsClosed) _ = ResumeAsync();
    }

    public string HubName => typeof(THub).Name;

    /// <summary>True while messages go through Redis to every instance (false: this instance's connections only).</summary>
    public bool IsShared => backplane is not null;

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        await local.OnConnectedAsync(connection);
        await membership.WaitAsync();
        try
        {
            var member = new Member(connection);
            members[connection.ConnectionId] = member;
            if (backplane is { } current) await RegisterAsync(current, member);
            else if (circuit.IsClosed) await BuildAsync(); // registers every member, this one included
        }
        finally
        {
            membership.Release();
        }
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        await local.OnDisconnectedAsync(connection);
        await membership.WaitAsync();
        try
        {
            if (members.TryRemove(connection.ConnectionId, out var member) && backplane is { } current && member.RegisteredWith == current)
            {
                await Guard(current, () => current.Manager.OnDisconnectedAsync(connection));
            }
        }
        finally
        {
            membership.Release();
        }
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await local.AddToGroupAsync(connectionId, groupName, cancellationToken);
        await membership.WaitAsync(cancellationToken);
        try
        {
            var current = backplane;
            if (members.TryGetValue(connectionId, out var member))
            {
                lock (member.Groups) member.Groups.Add(groupName);
                if (current is not null && member.RegisteredWith == current)
                {
                    await Guard(current, () => current.Manager.AddToGroupAsync(connectionId, groupName, cancellationToken));
                }
            }
            else if (current is not null)
            {
                // A connection of another instance: only Redis can reach it.
                await Guard(current, () => current.Manager.AddToGroupAsync(connectionId, groupName, cancellationToken));
            }
        }
        finally
        {
            membership.Release();
        }
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        await local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
        await membership.WaitAsync(cancellationToken);
        try
        {
            var current = backplane;
            if (members.TryGetValue(connectionId, out var member))
            {
                lock (member.Groups) member.Groups.Remove(groupName);
                if (current is not null && member.RegisteredWith == current)
                {
                    await Guard(current, () => current.Manager.RemoveFromGroupAsync(connectionId, groupName, cancellationToken));
                }
            }
            else if (current is not null)
            {
                await Guard(current, () => current.Manager.RemoveFromGroupAsync(connectionId, groupName, cancellationToken));
            }
        }
        finally
        {
            membership.Release();
        }
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendAllAsync(methodName, args, cancellationToken));

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendConnectionAsync(connectionId, methodName, args, cancellationToken));

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken));

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupAsync(groupName, methodName, args, cancellationToken));

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupsAsync(groupNames, methodName, args, cancellationToken));

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken));

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendUserAsync(userId, methodName, args, cancellationToken));

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendAsync(m => m.SendUsersAsync(userIds, methodName, args, cancellationToken));

    // Client results (not used by the portal's hubs) stay on this instance: they cannot be waited for across an outage.
    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        local.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        local.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        local.TryGetReturnType(invocationId, out type);

    /// <summary>Through Redis while it answers within the budget; otherwise (or on its first failure) to this instance's connections.</summary>
    private async Task SendAsync(Func<HubLifetimeManager<THub>, Task> send)
    {
        if (backplane is { } current)
        {
            try
            {
                await send(current.Manager).WaitAsync(circuit.Timings.OperationTimeout);
                return;
            }
            catch (Exception ex) when (RedisCircuit.IsRedisFailure(ex))
            {
                Drop(current, ex);
            }
        }
        await send(local);
    }

    private async Task Guard(Generation current, Func<Task> action)
    {
        try
        {
            await action().WaitAsync(circuit.Timings.OperationTimeout);
        }
        catch (Exception ex) when (RedisCircuit.IsRedisFailure(ex))
        {
            Drop(current, ex);
        }
    }

    /// <summary>Registers one connection and its groups with a generation (under <see cref="membership"/>).</summary>
    private async Task RegisterAsync(Generation current, Member member)
    {
        await Guard(current, () => current.Manager.OnConnectedAsync(member.Connection));
        if (current.IsDropped) return;
        string[] groups;
        lock (member.Groups) groups = member.Groups.ToArray();
        foreach (var group in groups)
        {
            await Guard(current, () => current.Manager.AddToGroupAsync(member.Connection.ConnectionId, group));
            if (current.IsDropped) return;
        }
        member.RegisteredWith = current;
    }

    /// <summary>Redis answers again: a fresh generation with every live connection and group of this instance.</summary>
    private async Task ResumeAsync()
    {
        await membership.WaitAsync();
        try
        {
            if (backplane is null && circuit.IsClosed && !disposed) await BuildAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The SignalR backplane could not resume; it will when Redis answers again");
        }
        finally
        {
            membership.Release();
        }
    }

    /// <summary>
    /// Builds a generation and registers every member (under <see cref="membership"/>) before any message goes through
    /// it, so that no connection of this instance misses what it publishes; null when Redis failed meanwhile.
    /// </summary>
    private async Task<Generation?> BuildAsync()
    {
        var current = new Generation(CreateRedisManager());
        foreach (var member in members.Values)
        {
            await RegisterAsync(current, member);
            if (current.IsDropped) return null;
        }
        if (!circuit.IsClosed)
        {
            Drop(current, null);
            return null;
        }
        backplane = current;
        logger.LogInformation("SignalR backplane on Redis for {Hub}: {Count} connection(s) of this instance registered", typeof(THub).Name, members.Count);
        return current;
    }

    private RedisHubLifetimeManager<THub> CreateRedisManager()
    {
        var options = new RedisOptions
        {
            Configuration = PortalRedis.Options(redis.Configuration, circuit.Timings),
            ConnectionFactory = async _ =>
            {
                var configuration = PortalRedis.Options(redis.Configuration, circuit.Timings);
                configuration.ChannelPrefix = RedisChannel.Literal(redis.ChannelPrefix);
                var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
                multiplexer.ConnectionFailed += (_, e) =>
                {
                    if (e.FailureType != ConnectionFailureType.ConnectionDisposed) circuit.Trip(e.FailureType);
                };
                return multiplexer;
            },
        };
        options.Configuration.ChannelPrefix = RedisChannel.Literal(redis.ChannelPrefix);
        return new RedisHubLifetimeManager<THub>(
            services.GetRequiredService<ILogger<RedisHubLifetimeManager<THub>>>(),
            Options.Create(options),
            services.GetRequiredService<IHubProtocolResolver>(),
            services.GetService<IOptions<HubOptions>>(),
            services.GetService<IOptions<HubOptions<THub>>>());
    }

    /// <summary>Stops using a generation (once), opens the circuit, and disposes it in the background (it may block on a dead socket).</summary>
    private void Drop(Generation? current, Exception? cause)
    {
        if (current is null || !current.TryDrop()) return;
        Interlocked.CompareExchange(ref backplane, null, current);
        if (cause is not null)
        {
            logger.LogWarning("SignalR backplane unavailable ({Reason}): messages go to this instance's connections until Redis answers", cause.Message);
            circuit.Trip(cause);
        }
        _ = Task.Run(() =>
        {
            try
            {
                current.Manager.Dispose();
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "Disposing a dropped backplane generation failed");
            }
        });
    }

    public void Dispose()
    {
        disposed = true;
        var current = backplane;
        backplane = null;
        try
        {
            if (current is not null && current.TryDrop()) current.Manager.Dispose();
        }
        catch (Exception ex) when (RedisCircuit.IsRedisFailure(ex))
        {
            // Redis away at shutdown: nothing to release there.
        }
    }

    private sealed class Generation(RedisHubLifetimeManager<THub> manager)
    {
        private int dropped;

        public RedisHubLifetimeManager<THub> Manager { get; } = manager;

        public bool IsDropped => Volatile.Read(ref dropped) == 1;

        /// <summary>True the first time only.</summary>
        public bool TryDrop() => Interlocked.Exchange(ref dropped, 1) == 0;
    }

    private sealed class Member(HubConnectionContext connection)
    {
        public HubConnectionContext Connection { get; } = connection;
        public HashSet<string> Groups { get; } = new(StringComparer.Ordinal);
        public Generation? RegisteredWith { get; set; }
    }
}

/// <summary>One hub's backplane, as /health reports it.</summary>
public interface ISharedBackplane
{
    string HubName { get; }

    /// <summary>True while the hub's messages reach every instance through Redis.</summary>
    bool IsShared { get; }
}

/// <summary>The hubs' backplanes of this instance (each registers itself when SignalR creates it).</summary>
public sealed class BackplaneStatus
{
    private readonly List<ISharedBackplane> backplanes = new();

    public void Add(ISharedBackplane backplane)
    {
        lock (backplanes) backplanes.Add(backplane);
    }

    /// <summary>Hubs whose messages stay on this instance for now.</summary>
    public IReadOnlyList<string> LocalOnly()
    {
        lock (backplanes) return backplanes.Where(b => !b.IsShared).Select(b => b.HubName).ToList();
    }
}
