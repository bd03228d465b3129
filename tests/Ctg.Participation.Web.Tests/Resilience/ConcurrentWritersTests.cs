using Ctg.Participation.Walls;
using Ctg.Participation.Web.Tests.Murs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ctg.Participation.Web.Tests.Resilience;

/// <summary>
/// Many people writing to the same wall at the same instant: on SQLite every write waits for the one before it (busy
/// timeout) instead of failing with « database is locked »; on PostgreSQL the same holds. Every change is stored once,
/// with its own sequence, and none is refused.
/// </summary>
public sealed class ConcurrentWritersTests(WallHubFixture portal) : IClassFixture<WallHubFixture>
{
    [Fact]
    public async Task Forty_changes_sent_at_once_by_eight_connections_are_all_stored_with_consecutive_sequences()
    {
        var wall = await portal.NewWallAsync();
        var connections = new List<HubConnection>();
        for (var i = 0; i < 8; i++) connections.Add(await portal.ConnectAsync(i % 2 == 0 ? WallHubFixture.Member : WallHubFixture.Coordinator));
        try
        {
            var first = await connections[0].InvokeAsync<WallSync>("Join", wall.WallId, -1L);
            var column = first.Snapshot!.Columns[0].Id;

            // As the wall's page does: a change refused because the wall is busy (every retry lost the race on
            // PostgreSQL) is sent again with the same operation id until it is stored.
            async Task<WallOperationResult> SendAsync(HubConnection connection, string text)
            {
                var id = Guid.NewGuid();
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await connection.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, id, column, text, null, "jaune");
                    }
                    catch (HubException e) when (attempt < 10 && e.Message.Contains(WallBoard.BusyMessage, StringComparison.Ordinal))
                    {
                        await Task.Delay(50 * attempt);
                    }
                }
            }
            var sends = connections.SelectMany((connection, c) => Enumerable.Range(0, 5).Select(i => SendAsync(connection, $"simultanée {c}-{i}"))).ToList();
            var results = await Task.WhenAll(sends);

            Assert.All(results, r => Assert.Equal(WallOperationResult.Applied, r.Status));
            var sequences = results.SelectMany(r => r.Changes).Select(c => c.Sequence).Order().ToList();
            Assert.Equal(40, sequences.Distinct().Count());
            Assert.Equal(Enumerable.Range((int)sequences[0], 40).Select(s => (long)s), sequences);
            var after = await connections[1].InvokeAsync<WallSync>("Join", wall.WallId, -1L);
            Assert.Equal(40, after.Snapshot!.Cards.Count(c => c.Html.Contains("simultanée", StringComparison.Ordinal)));
        }
        finally
        {
            foreach (var connection in connections) await connection.DisposeAsync();
        }
    }
}
