using System.Threading.Channels;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Web.Tests.Murs;

public sealed class WallHubTests(WallHubFixture portal) : IClassFixture<WallHubFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Two_members_see_each_others_changes_live()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        await using var coordinator = await portal.ConnectAsync(WallHubFixture.Coordinator);
        var toCoordinator = WallChanges.Listen(coordinator);
        var toMember = WallChanges.Listen(member);
        var snapshot = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!;
        await coordinator.InvokeAsync<WallSync>("Join", wall.WallId, -1L);
        var column = snapshot.Columns[0].Id;

        var added = await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Atelier parents le samedi", null, "bleu");
        var card = added.Changes.Single().Card!;
        var seen = await WallChanges.NextCardAsync(toCoordinator, card.Id);
        Assert.Contains("Atelier parents le samedi", seen.Html);
        Assert.Equal("Nadia B. (RPE Haut-Var)", seen.AuthorName);

        await coordinator.InvokeAsync<WallOperationResult>("EditCard", wall.WallId, Guid.NewGuid(), card.Id, card.Version, "Atelier parents le samedi matin", null, "bleu");
        var edited = await WallChanges.NextCardAsync(toMember, card.Id, c => c.Version == card.Version + 1);
        Assert.Contains("samedi matin", edited.Html);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_answered_with_the_current_text()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        await using var coordinator = await portal.ConnectAsync(WallHubFixture.Coordinator);
        var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
        var card = (await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Version d'origine", null, null)).Changes.Single().Card!;

        var first = await coordinator.InvokeAsync<WallOperationResult>("EditCard", wall.WallId, Guid.NewGuid(), card.Id, card.Version, "Texte de la coordination", null, null);
        var stale = await member.InvokeAsync<WallOperationResult>("EditCard", wall.WallId, Guid.NewGuid(), card.Id, card.Version, "Texte du membre", null, null);

        Assert.Equal(WallOperationResult.Applied, first.Status);
        Assert.Equal(WallOperationResult.Conflict, stale.Status);
        Assert.Empty(stale.Changes);
        Assert.Contains("Texte de la coordination", stale.Current!.Html);
        var stored = await portal.InScopeAsync(db => db.WallCards.Where(c => c.Id == card.Id).Select(c => c.Html).SingleAsync());
        Assert.Contains("Texte de la coordination", stored);

        // Overwriting after seeing the current text is an edit from the current version: accepted.
        var overwrite = await member.InvokeAsync<WallOperationResult>("EditCard", wall.WallId, Guid.NewGuid(), card.Id, stale.Current.Version, "Texte du membre", null, null);
        Assert.Equal(WallOperationResult.Applied, overwrite.Status);
    }

    [Fact]
    public async Task A_client_disconnected_while_others_add_cards_catches_up_with_exactly_those_cards()
    {
        var wall = await portal.NewWallAsync();
        await using var coordinator = await portal.ConnectAsync(WallHubFixture.Coordinator);
        var column = (await coordinator.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
        long lastSeen;
        await using (var member = await portal.ConnectAsync(WallHubFixture.Member))
        {
            lastSeen = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Sequence;
            await member.StopAsync();
        }

        var operations = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        var added = new List<int>();
        foreach (var (operation, i) in operations.Select((o, i) => (o, i)))
        {
            var result = await coordinator.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, operation, column, $"Carte pendant la coupure {i}", null, null);
            added.Add(result.Changes.Single().Card!.Id);
        }
        // The coordinator's connection resends its last operation (as after a lost acknowledgement): not applied twice.
        var resent = await coordinator.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, operations[^1], column, "Carte pendant la coupure 2", null, null);
        Assert.Equal(WallOperationResult.AlreadyApplied, resent.Status);
        Assert.Equal(added[^1], resent.Changes.Single().Card!.Id);

        await using var back = await portal.ConnectAsync(WallHubFixture.Member);
        var sync = await back.InvokeAsync<WallSync>("Join", wall.WallId, lastSeen);
        Assert.Null(sync.Snapshot);
        Assert.Equal(added, sync.Changes.Select(c => c.Card!.Id).ToList());
        Assert.Equal(lastSeen + 3, sync.Sequence);
        var cards = await portal.InScopeAsync(db => db.WallCards.CountAsync(c => c.WallId == wall.WallId));
        Assert.Equal(3, cards);
    }

    [Fact]
    public async Task A_non_member_is_refused_and_the_connection_keeps_working()
    {
        var wall = await portal.NewWallAsync(isPublic: true);
        await using var resident = await portal.ConnectAsync(WallHubFixture.Resident);
        var column = (await resident.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            resident.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Je ne suis pas membre", null, null));
        Assert.Contains("Seuls les membres du groupe réseau", refused.Message);
        Assert.Equal(HubConnectionState.Connected, resident.State);
        Assert.NotNull(await resident.InvokeAsync<WallSync>("Since", wall.WallId, 0L));

        await using var otherCoordinator = await portal.ConnectAsync(WallHubFixture.OtherCoordinator);
        await Assert.ThrowsAsync<HubException>(() =>
            otherCoordinator.InvokeAsync<WallOperationResult>("AddColumn", wall.WallId, Guid.NewGuid(), "Colonne"));
        var privateWall = await portal.NewWallAsync(isPublic: false);
        var hidden = await Assert.ThrowsAsync<HubException>(() => resident.InvokeAsync<WallSync>("Join", privateWall.WallId, -1L));
        Assert.Contains("n'existe pas ou vous n'y avez pas accès", hidden.Message);
        Assert.Equal(0, await portal.InScopeAsync(db => db.WallCards.CountAsync(c => c.WallId == wall.WallId)));
    }

    [Fact]
    public async Task A_member_removed_from_the_network_loses_write_access_at_once()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
        await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Avant le retrait", null, null);

        var membership = await portal.InScopeAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == WallHubFixture.Member).Select(u => u.Id).SingleAsync();
            var row = await db.NetworkMemberships.SingleAsync(m => m.ThematicNetworkId == wall.Network.NetworkId && m.UserId == userId);
            db.NetworkMemberships.Remove(row);
            await db.SaveChangesAsync();
            return row;
        });
        try
        {
            await Assert.ThrowsAsync<HubException>(() =>
                member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Après le retrait", null, null));
            Assert.Equal(1, await portal.InScopeAsync(db => db.WallCards.CountAsync(c => c.WallId == wall.WallId)));
        }
        finally
        {
            await portal.InScopeAsync(async db =>
            {
                db.NetworkMemberships.Add(new Conventions.NetworkMembership { ThematicNetworkId = membership.ThematicNetworkId, UserId = membership.UserId, JoinedAt = membership.JoinedAt });
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Concurrent_moves_into_the_same_gap_get_distinct_keys()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        await using var coordinator = await portal.ConnectAsync(WallHubFixture.Coordinator);
        var columns = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns;
        async Task<CardView> Add(int column, string text) =>
            (await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, text, null, null)).Changes.Single().Card!;
        var a = await Add(columns[0].Id, "A");
        var b = await Add(columns[0].Id, "B");
        var x = await Add(columns[1].Id, "X");
        var y = await Add(columns[1].Id, "Y");

        var moves = await Task.WhenAll(
            member.InvokeAsync<WallOperationResult>("MoveCard", wall.WallId, Guid.NewGuid(), x.Id, columns[0].Id, a.Id, b.Id),
            coordinator.InvokeAsync<WallOperationResult>("MoveCard", wall.WallId, Guid.NewGuid(), y.Id, columns[0].Id, a.Id, b.Id));

        var keys = moves.Select(m => m.Changes.Single().Card!.OrderKey).ToList();
        Assert.NotEqual(keys[0], keys[1]);
        Assert.All(keys, k => Assert.True(string.CompareOrdinal(a.OrderKey, k) < 0 && string.CompareOrdinal(k, b.OrderKey) < 0, k));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_and_nothing_is_stored()
    {
        var wall = await portal.NewWallAsync();
        var other = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
        var otherColumn = (await member.InvokeAsync<WallSync>("Join", other.WallId, -1L)).Snapshot!.Columns[0].Id;
        var otherCard = (await member.InvokeAsync<WallOperationResult>("AddCard", other.WallId, Guid.NewGuid(), otherColumn, "Ailleurs", null, null)).Changes.Single().Card!;

        var unknown = await Assert.ThrowsAsync<HubException>(() => member.InvokeAsync<WallOperationResult>("EditCard", wall.WallId, Guid.NewGuid(), 999_999, 1, "x", null, null));
        Assert.Contains("n'existe pas sur ce mur", unknown.Message);
        await Assert.ThrowsAsync<HubException>(() => member.InvokeAsync<WallOperationResult>("DeleteCard", wall.WallId, Guid.NewGuid(), otherCard.Id, otherCard.Version));
        var tooLong = await Assert.ThrowsAsync<HubException>(() => member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, new string('a', 2001), null, null));
        Assert.Contains("2000", tooLong.Message);
        await Assert.ThrowsAsync<HubException>(() => member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Lien piégé", "javascript:alert(1)", null));
        await Assert.ThrowsAsync<HubException>(() => member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Couleur", null, "fuchsia"));
        await Assert.ThrowsAnyAsync<Exception>(() => member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, "pas-un-guid", column, "Mal formé", null, null));

        Assert.Equal(HubConnectionState.Connected, member.State);
        Assert.Equal(0, await portal.InScopeAsync(db => db.WallCards.CountAsync(c => c.WallId == wall.WallId)));
        Assert.False(await portal.InScopeAsync(db => db.WallCards.AnyAsync(c => c.Id == otherCard.Id && c.IsDeleted)));
    }

}
