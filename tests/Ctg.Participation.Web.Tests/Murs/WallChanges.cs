using System.Threading.Channels;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ctg.Participation.Web.Tests.Murs;

/// <summary>Collects the wall changes a SignalR client receives, so a test can wait for the one it expects.</summary>
internal static class WallChanges
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public static Channel<WallChangeView> Listen(HubConnection connection)
    {
        var channel = Channel.CreateUnbounded<WallChangeView>();
        connection.On<IReadOnlyList<WallChangeView>>("Changed", changes =>
        {
            foreach (var change in changes) channel.Writer.TryWrite(change);
        });
        return channel;
    }

    /// <summary>The next version of this card to arrive (optionally the first one matching), or a timeout.</summary>
    public static async Task<CardView> NextCardAsync(Channel<WallChangeView> channel, int cardId, Func<CardView, bool>? matching = null)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (true)
        {
            var change = await channel.Reader.ReadAsync(timeout.Token);
            if (change.Card is { } card && card.Id == cardId && (matching is null || matching(card))) return card;
        }
    }
}
