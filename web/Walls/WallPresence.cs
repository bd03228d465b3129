using System.Collections.Concurrent;
using Ctg.Participation.Web.Extensions;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace Ctg.Participation.Web.Walls;

/// <summary>
/// Who is on each wall now. One instance: in IMemoryCache (no static state). Several instances (Redis configured): a
/// Redis hash per wall (connection id → name) shared by all, so everyone sees everyone whatever server they reached;
/// while Redis is away, the in-process list is used. Each connection counts once per wall; a crashed server's
/// entries expire after a day.
/// </summary>
public sealed class WallPresence(IMemoryCache cache, ILogger<WallPresence> logger, PortalRedis? redis = null, RedisCircuit? circuit = null)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private static string Key(int wallId) => "wall-presence:" + wallId;

    private ConcurrentDictionary<string, string> Connections(int wallId) =>
        cache.GetOrCreate(Key(wallId), entry =>
        {
            entry.SlidingExpiration = Lifetime;
            return new ConcurrentDictionary<string, string>();
        })!;

    public async Task<IReadOnlyList<string>> JoinAsync(int wallId, string connectionId, string name)
    {
        var connections = Connections(wallId);
        connections[connectionId] = name;
        if (redis is not null && (circuit?.IsClosed ?? redis.IsConnected))
        {
            try
            {
                var key = redis.Prefix + Key(wallId);
                await redis.Database.HashSetAsync(key, connectionId, name);
                await redis.Database.KeyExpireAsync(key, Lifetime);
                return Names((await redis.Database.HashValuesAsync(key)).Select(v => v.ToString()));
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                circuit?.Trip(ex);
                logger.LogWarning(ex, "Shared wall presence unavailable; showing this instance's");
            }
        }
        return Names(connections.Values);
    }

    public async Task<IReadOnlyList<string>> LeaveAsync(int wallId, string connectionId)
    {
        var connections = Connections(wallId);
        connections.TryRemove(connectionId, out _);
        if (redis is not null && (circuit?.IsClosed ?? redis.IsConnected))
        {
            try
            {
                var key = redis.Prefix + Key(wallId);
                await redis.Database.HashDeleteAsync(key, connectionId);
                return Names((await redis.Database.HashValuesAsync(key)).Select(v => v.ToString()));
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                circuit?.Trip(ex);
                logger.LogWarning(ex, "Shared wall presence unavailable; showing this instance's");
            }
        }
        return Names(connections.Values);
    }

    private static IReadOnlyList<string> Names(IEnumerable<string> names) =>
        names.Distinct().Order(StringComparer.CurrentCulture).ToList();
}
