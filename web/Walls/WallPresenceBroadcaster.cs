using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Walls;

/// <summary>
/// Sends presence as deltas, gathered per wall for a short while (Walls:PresenceBatchMilliseconds) and pushed as one
/// message: with N people arriving together, everyone gets a few messages instead of one full list per arrival (N²
/// names). A join and a leave within one batch cancel out. Sent outside hub calls, so a slow backplane never holds up
/// a join.
/// </summary>
public sealed class WallPresenceBroadcaster(IHubContext<WallHub, IWallClient> hub, IOptions<WallHubOptions> options, ILogger<WallPresenceBroadcaster> logger)
{
    private readonly Dictionary<int, Pending> pending = [];
    private readonly Lock gate = new();

    private sealed class Pending
    {
        public Dictionary<string, WallPresent> Joined { get; } = [];
        public HashSet<string> Left { get; } = [];
    }

    public void Joined(int wallId, WallPresent person) => Add(wallId, p =>
    {
        p.Left.Remove(person.Id);
        p.Joined[person.Id] = person;
    });

    public void Left(int wallId, string id) => Add(wallId, p =>
    {
        if (!p.Joined.Remove(id)) p.Left.Add(id);
    });

    private void Add(int wallId, Action<Pending> change)
    {
        bool schedule;
        lock (gate)
        {
            schedule = !pending.TryGetValue(wallId, out var batch);
            if (schedule) pending[wallId] = batch = new Pending();
            change(batch!);
        }
        if (schedule) _ = FlushLaterAsync(wallId);
    }

    private async Task FlushLaterAsync(int wallId)
    {
        await Task.Delay(Math.Max(0, options.Value.PresenceBatchMilliseconds));
        Pending? batch;
        lock (gate)
        {
            pending.Remove(wallId, out batch);
        }
        if (batch is null || batch.Joined.Count + batch.Left.Count == 0) return;
        try
        {
            await hub.Clients.Group(WallHub.Group(wallId)).PresenceChanged(wallId, batch.Joined.Values.ToList(), batch.Left.ToList());
        }
        catch (Exception ex)
        {
            // Presence is a courtesy: a lost delta is corrected at the next join; it must never take a wall down.
            logger.LogWarning(ex, "Presence of wall {WallId} not sent", wallId);
        }
    }
}
