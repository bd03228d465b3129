using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ctg.Participation.Web.Tests.Murs;

public sealed class LowWallRateLimitFixture : WallHubFixture
{
    public LowWallRateLimitFixture() => Settings["Walls:OperationsPerTenSeconds"] = "3";
}

public sealed class WallRateLimitTests(LowWallRateLimitFixture portal) : IClassFixture<LowWallRateLimitFixture>
{
    [Fact]
    public async Task A_connection_over_its_rate_limit_is_told_to_wait_and_keeps_reading()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
        for (var i = 0; i < 3; i++)
        {
            await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, $"Carte {i}", null, null);
        }

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Une de trop", null, null));
        Assert.Contains("Trop de modifications en peu de temps", refused.Message);
        Assert.Equal(HubConnectionState.Connected, member.State);
        var sync = await member.InvokeAsync<WallSync>("Since", wall.WallId, 0L);
        Assert.DoesNotContain(sync.Changes, c => c.Card?.Html == "Une de trop");
    }
}
