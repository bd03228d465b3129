using System.Threading.Channels;
using Ctg.Participation.Walls;
using Ctg.Participation.Web.Walls;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ctg.Participation.Web.Tests.Murs;

/// <summary>Presence as deltas: the newcomer gets the whole list once; the others only who arrived and who left.</summary>
public sealed class WallPresenceTests(WallHubFixture portal) : IClassFixture<WallHubFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private sealed record Delta(IReadOnlyList<WallPresent> Joined, IReadOnlyList<string> Left);

    [Fact]
    public async Task A_newcomer_gets_the_list_and_the_others_only_a_delta_for_each_arrival_and_departure()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var lists = Channel.CreateUnbounded<IReadOnlyList<WallPresent>>();
        var deltas = Channel.CreateUnbounded<Delta>();
        member.On<int, IReadOnlyList<WallPresent>>("Presence", (id, people) => { if (id == wall.WallId) lists.Writer.TryWrite(people); });
        member.On<int, IReadOnlyList<WallPresent>, IReadOnlyList<string>>("PresenceChanged", (id, joined, left) => { if (id == wall.WallId) deltas.Writer.TryWrite(new Delta(joined, left)); });
        await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L);
        var mine = Assert.Single(await ReadAsync(lists));

        var coordinator = await portal.ConnectAsync(WallHubFixture.Coordinator);
        var coordinatorLists = Channel.CreateUnbounded<IReadOnlyList<WallPresent>>();
        coordinator.On<int, IReadOnlyList<WallPresent>>("Presence", (id, people) => coordinatorLists.Writer.TryWrite(people));
        await coordinator.InvokeAsync<WallSync>("Join", wall.WallId, -1L);

        var everyone = await ReadAsync(coordinatorLists);
        Assert.Equal(2, everyone.Count);
        Assert.Contains(everyone, p => p.Id == mine.Id);
        // The member's own arrival comes back in a delta too (harmless: deltas are keyed by id); then the coordinator's.
        var arrival = await NextDeltaAsync(deltas, d => d.Joined.Any(p => p.Id != mine.Id));
        var newcomer = Assert.Single(arrival.Joined, p => p.Id != mine.Id);
        Assert.Equal("Charlotte A. (CTG Alpes d'Azur)", newcomer.Name);
        Assert.DoesNotContain(newcomer.Id, coordinator.ConnectionId!, StringComparison.Ordinal);

        await coordinator.DisposeAsync();
        var departure = await NextDeltaAsync(deltas, d => d.Left.Count > 0);
        Assert.Equal([newcomer.Id], departure.Left);
        Assert.False(lists.Reader.TryRead(out _), "the member was never sent the whole list again");
    }

    private static async Task<T> ReadAsync<T>(Channel<T> channel)
    {
        using var timeout = new CancellationTokenSource(Wait);
        return await channel.Reader.ReadAsync(timeout.Token);
    }

    private static async Task<Delta> NextDeltaAsync(Channel<Delta> channel, Func<Delta, bool> matching)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            var delta = await channel.Reader.ReadAsync(timeout.Token);
            if (matching(delta)) return delta;
        }
    }
}
