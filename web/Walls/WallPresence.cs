using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Ctg.Participation.Web.Extensions;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace Ctg.Participation.Web.Walls;

/// <summary>One person on a wall: an opaque id per connection (never the connection id itself) and a display name.</summary>
public sealed record WallPresent(string Id, string Name);

/// <summary>
/// Who is on each wall now. One instance: in IMemoryCache (no static state). Several instances (Redis configured): a
/// Redis hash per wall (connection id → name) shared by all, so a newcomer sees everyone whatever server they reached;
/// while Redis is away, the in-process list is used. Each connection counts once per wall; a crashed server's
/// entries expire after a day. Only the newcomer receives the whole list; the others get deltas
/// (<see cref="WallPresenceBroadcaster"/>).
/// </summary>
public sealed class WallPresence(IMemoryCache cache, ILogger<WallPresence> logger, PortalRedis? redis = null, RedisCircuit? circuit = null)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private static string Key(int wallId) => "wall-presence:" + wallId;

    /// <summary>
    /// What others see of a connection: a short hash, stable across instances, from which the connection id (which
    /// must stay private to its client) cannot be recovered.
    /// </summary>
    public static string PublicId(string connectionId) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(connectionId)), 0, 9).Replace('+', '-').Replace('/', '_');

    private ConcurrentDictionary<string, string> Connections(int wallId) =>
        cache.GetOrCreate(Key(wallId), entry =>
        {
            entry.SlidingExpiration = Lifetime;
            return new ConcurrentDictionary<string, string>();
        })!;

    /// <summary>Records the connection on the wall and returns everyone there now, the newcomer included.</summary>
    public async Task<IReadOnlyList<WallPresent>> JoinAsync(int wallId, string connectionId, string name)
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
                return People((await redis.Database.HashGetAllAsync(key)).Select(e => KeyValuePair.Create(e.Name.ToString(), e.Value.ToString())));
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                circuit?.Trip(ex);
                logger.LogWarning(ex, "Shared wall presence unavailable; showing this instance's");
            }
        }
        return People(connections);
    }

    public async Task LeaveAsync(int wallId, string connectionId)
    {
        Connections(wallId).TryRemove(connectionId, out _);
        if (redis is not null && (circuit?.IsClosed ?? redis.IsConnected))
        {
            try
            {
                await redis.Database.HashDeleteAsync(redis.Prefix + Key(wallId), connectionId);
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                circuit?.Trip(ex);
                logger.LogWarning(ex, "Shared wall presence unavailable; the entry expires by itself");
            }
        }
    }

    private static IReadOnlyList<WallPresent> People(IEnumerable<KeyValuePair<string, string>> connections) =>
        connections.Select(c => new WallPresent(PublicId(c.Key), c.Value)).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
}
