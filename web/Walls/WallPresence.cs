using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;

namespace Ctg.Participation.Web.Walls;

/// <summary>
/// Who is on each wall now, per server, in IMemoryCache (no static state). Each connection counts once per wall.
/// With several servers behind a Redis backplane this moves to Redis; a crashed server's entries expire after a day.
/// </summary>
public sealed class WallPresence(IMemoryCache cache)
{
    private static string Key(int wallId) => "wall-presence:" + wallId;

    private ConcurrentDictionary<string, string> Connections(int wallId) =>
        cache.GetOrCreate(Key(wallId), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromDays(1);
            return new ConcurrentDictionary<string, string>();
        })!;

    public IReadOnlyList<string> Join(int wallId, string connectionId, string name)
    {
        var connections = Connections(wallId);
        connections[connectionId] = name;
        return Names(connections);
    }

    public IReadOnlyList<string> Leave(int wallId, string connectionId)
    {
        var connections = Connections(wallId);
        connections.TryRemove(connectionId, out _);
        return Names(connections);
    }

    private static IReadOnlyList<string> Names(ConcurrentDictionary<string, string> connections) =>
        connections.Values.Distinct().Order(StringComparer.CurrentCulture).ToList();
}
