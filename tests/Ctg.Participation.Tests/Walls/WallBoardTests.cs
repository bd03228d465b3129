using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Text;
using Ctg.Participation.Walls;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Tests.Walls;

/// <summary>The wall's rules on an in-memory SQLite database, without HTTP.</summary>
public sealed class WallBoardTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private PortalDbContext db = default!;
    private WallBoard board = default!;
    private WallPermit writer = default!;

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        var convention = new Convention { Slug = "essai", Name = "CTG d'essai", Epci = "EPCI", Department = "06" };
        var network = new ThematicNetwork { Convention = convention, Name = "Réseau", Slug = "reseau" };
        db.ThematicNetworks.Add(network);
        await db.SaveChangesAsync();
        var wall = await new WallDirectory(db, TimeProvider.System).CreateAsync(
            new WallDirectory.NetworkPlace(network.Id, "reseau", "Réseau", null, convention.Id, "essai", "CTG d'essai"), "Mur", false);
        board = new WallBoard(db, new PortalHtmlSanitizer(), TimeProvider.System);
        writer = new WallPermit(wall.WallId, network.Id, convention.Id, "user-1", "Membre", true, true, false);
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task Two_moves_into_the_same_gap_from_the_same_stale_view_get_distinct_keys()
    {
        var column = await db.WallColumns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var a = await AddAsync(column, "A");
        var b = await AddAsync(column, "B");
        var x = await AddAsync(column, "X");
        var y = await AddAsync(column, "Y");

        // Both clients saw A then B adjacent and drop their card between them; the second arrives after the first.
        var first = await board.MoveCardAsync(writer, Guid.NewGuid(), x.Id, column, a.Id, b.Id);
        var second = await board.MoveCardAsync(writer, Guid.NewGuid(), y.Id, column, a.Id, b.Id);

        var kx = first.Changes.Single().Card!.OrderKey;
        var ky = second.Changes.Single().Card!.OrderKey;
        Assert.NotEqual(kx, ky);
        Assert.All(new[] { kx, ky }, k => Assert.True(string.CompareOrdinal(a.OrderKey, k) < 0 && string.CompareOrdinal(k, b.OrderKey) < 0));
    }

    [Fact]
    public async Task A_move_writes_one_card_until_keys_grow_long_then_the_column_is_rebalanced()
    {
        var column = await db.WallColumns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var a = await AddAsync(column, "A");
        var b = await AddAsync(column, "B");
        var c = await AddAsync(column, "C");
        var result = await board.MoveCardAsync(writer, Guid.NewGuid(), c.Id, column, a.Id, b.Id);
        Assert.Single(result.Changes);

        // Keep dropping a card right after A: the gap halves each time until the key passes the limit.
        var moving = new[] { b.Id, c.Id };
        var rebalanced = false;
        for (var i = 0; i < 200 && !rebalanced; i++)
        {
            var card = moving[i % 2];
            var other = moving[(i + 1) % 2];
            var moved = await board.MoveCardAsync(writer, Guid.NewGuid(), card, column, a.Id, other);
            rebalanced = moved.Changes.Count > 1;
        }
        Assert.True(rebalanced);
        var keys = await db.WallCards.Where(x => x.ColumnId == column).Select(x => x.OrderKey).ToListAsync();
        Assert.All(keys, k => Assert.True(k.Length <= 2, k));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public async Task A_resent_operation_is_answered_again_and_not_applied_twice()
    {
        var column = await db.WallColumns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var operation = Guid.NewGuid();
        var first = await board.AddCardAsync(writer, operation, column, new WallCardInput("Une fois", null, null));
        var again = await board.AddCardAsync(writer, operation, column, new WallCardInput("Une fois", null, null));

        Assert.Equal(WallOperationResult.AlreadyApplied, again.Status);
        Assert.Equal(first.Changes.Single().Sequence, again.Changes.Single().Sequence);
        Assert.Equal(1, await db.WallCards.CountAsync());
        Assert.Equal(1, await db.WallChanges.CountAsync());
    }

    [Fact]
    public async Task An_edit_from_an_old_version_is_refused_with_the_current_card()
    {
        var column = await db.WallColumns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var card = await AddAsync(column, "Premier jet");
        await board.EditCardAsync(writer, Guid.NewGuid(), card.Id, card.Version, new WallCardInput("Deuxième jet", null, null));
        var stale = await board.EditCardAsync(writer, Guid.NewGuid(), card.Id, card.Version, new WallCardInput("Jet concurrent", null, null));

        Assert.Equal(WallOperationResult.Conflict, stale.Status);
        Assert.Equal("Deuxième jet", stale.Current!.Html);
        Assert.Equal(card.Version + 1, stale.Current.Version);
    }

    [Fact]
    public async Task Card_text_is_sanitised_and_limited_to_two_thousand_characters()
    {
        var column = await db.WallColumns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var card = await AddAsync(column, "<p onclick=\"x()\">Bonjour <script>alert(1)</script><strong>tous</strong></p>");
        Assert.Equal("<p>Bonjour <strong>tous</strong></p>", card.Html);
        var refused = await Assert.ThrowsAsync<WallRuleException>(() => board.AddCardAsync(writer, Guid.NewGuid(), column, new WallCardInput(new string('é', 2001), null, null)));
        Assert.Contains("2000", refused.Message);
    }

    [Fact]
    public async Task A_reader_cannot_write_and_only_coordinators_hide()
    {
        var column = await db.WallColumns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var reader = writer with { CanWrite = false };
        await Assert.ThrowsAsync<WallRuleException>(() => board.AddCardAsync(reader, Guid.NewGuid(), column, new WallCardInput("Non", null, null)));
        var card = await AddAsync(column, "À modérer");
        await Assert.ThrowsAsync<WallRuleException>(() => board.HideCardAsync(writer, Guid.NewGuid(), card.Id, "hors sujet"));

        var hidden = await board.HideCardAsync(writer with { CanModerate = true }, Guid.NewGuid(), card.Id, "Hors sujet");
        Assert.True(hidden.Changes.Single().Card!.Hidden);
        Assert.Equal("", hidden.Changes.Single().Card!.Html);
        var row = await db.WallCards.SingleAsync(c => c.Id == card.Id);
        Assert.Equal(("user-1", "Hors sujet"), (row.HiddenById, row.HiddenReason));
        Assert.Equal("À modérer", row.Html);
    }

    private async Task<CardView> AddAsync(int column, string text) =>
        (await board.AddCardAsync(writer, Guid.NewGuid(), column, new WallCardInput(text, null, null))).Changes.Single().Card!;
}
