using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Murs;

/// <summary>
/// Catching up through the hub, as the wall's script does: a client that sees a gap in sequences asks for the
/// changes since its last one and gets exactly those; a client ahead of the server (a restored database) gets the
/// whole wall instead of an error.
/// </summary>
public sealed class WallCatchUpTests(WallHubFixture portal) : IClassFixture<WallHubFixture>
{
    [Fact]
    public async Task A_client_that_sees_a_gap_asks_for_the_changes_since_its_last_one_and_gets_each_once()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        await using var coordinator = await portal.ConnectAsync(WallHubFixture.Coordinator);
        var live = WallChanges.Listen(member);
        var joined = await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L);
        await coordinator.InvokeAsync<WallSync>("Join", wall.WallId, -1L);
        var lastSeen = joined.Snapshot!.Sequence;
        var column = joined.Snapshot.Columns[0].Id;

        // A change stored but never pushed (the backplane was down when it was made): the member does not hear of it.
        var missed = await StoreWithoutBroadcastAsync(wall.WallId, column, "Carte écrite pendant la panne");
        var pushed = await coordinator.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Carte après la panne", null, null);

        var received = await WallChanges.NextCardAsync(live, pushed.Changes.Single().Card!.Id);
        var arrived = pushed.Changes.Single().Sequence;
        Assert.True(arrived > lastSeen + 1, "the pushed change follows a gap");

        var sync = await member.InvokeAsync<WallSync>("Since", wall.WallId, lastSeen);
        Assert.Null(sync.Snapshot);
        Assert.Equal([lastSeen + 1, lastSeen + 2], sync.Changes.Select(c => c.Sequence).ToList());
        Assert.Equal([missed, received.Id], sync.Changes.Select(c => c.Card!.Id).ToList());
        Assert.Equal(arrived, sync.Sequence);
    }

    [Fact]
    public async Task A_client_ahead_of_the_server_after_a_restore_gets_the_whole_wall_not_an_error()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
        var card = (await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Carte restaurée", null, null)).Changes.Single();

        // The client remembers sequence 1 000 more than this (restored) server ever reached, and reconnects.
        await using var back = await portal.ConnectAsync(WallHubFixture.Member);
        var sync = await back.InvokeAsync<WallSync>("Join", wall.WallId, card.Sequence + 1000);

        Assert.NotNull(sync.Snapshot);
        Assert.Equal(card.Sequence, sync.Sequence);
        Assert.Equal(card.Sequence, sync.Snapshot!.Sequence);
        Assert.Contains(sync.Snapshot.Cards, c => c.Id == card.Card!.Id);
        Assert.Empty(sync.Changes);
        var since = await back.InvokeAsync<WallSync>("Since", wall.WallId, card.Sequence + 1);
        Assert.NotNull(since.Snapshot);
        Assert.Equal(HubConnectionState.Connected, back.State);
    }

    private async Task<int> StoreWithoutBroadcastAsync(int wallId, int columnId, string text)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Ctg.Participation.Data.PortalDbContext>();
        var userId = await db.Users.Where(u => u.Email == WallHubFixture.Coordinator).Select(u => u.Id).SingleAsync();
        var permit = await scope.ServiceProvider.GetRequiredService<WallAccess>().PermitAsync(wallId, userId, [Ctg.Participation.Accounts.PortalRoles.Coordinator]);
        var result = await scope.ServiceProvider.GetRequiredService<WallBoard>().AddCardAsync(permit!, Guid.NewGuid(), columnId, new WallCardInput(text, null, null));
        return result.Changes.Single().Card!.Id;
    }
}
