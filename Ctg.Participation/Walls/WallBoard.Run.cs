using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

public sealed partial class WallBoard
{
    /// <summary>Every retry lost the race for the wall's next sequence: nothing stored; the page keeps the change and resends it.</summary>
    public const string BusyMessage = "Le mur est très sollicité en ce moment : votre modification n'est pas encore enregistrée, elle est renvoyée automatiquement.";

    /// <summary>What one operation changed, to record as changes once the rows have their ids.</summary>
    private sealed class ChangeSet
    {
        public List<WallColumn> Columns { get; } = [];
        public List<WallCard> Cards { get; } = [];
    }

    /// <summary>The operation's body: changes tracked entities and lists them, or returns a card whose version is stale.</summary>
    private delegate Task<WallCard?> Operation(Wall wall, ChangeSet changed);

    private async Task<WallOperationResult> RunAsync(WallPermit permit, Guid operationId, WallRight right, Operation apply, CancellationToken ct)
    {
        if (!permit.Allows(right) || permit.UserId is null)
        {
            throw new WallRuleException(right == WallRight.Moderate
                ? "Seule la coordination de la CTG peut masquer une carte."
                : "Seuls les membres du groupe réseau et la coordination de la CTG peuvent modifier ce mur.");
        }
        if (operationId == Guid.Empty) throw new WallRuleException("Opération sans identifiant : rechargez la page.");

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            // On SQLite this begins IMMEDIATE: writers to the database take turns. On PostgreSQL the wall's
            // LastSequence concurrency token makes the later of two concurrent operations retry.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var done = await db.WallOperations.AsNoTracking()
                    .FirstOrDefaultAsync(o => o.WallId == permit.WallId && o.OperationId == operationId, ct);
                if (done is not null)
                {
                    if (done.UserId != permit.UserId) throw new WallRuleException("Cet identifiant d'opération est déjà pris : rechargez la page.");
                    return new WallOperationResult(WallOperationResult.AlreadyApplied, await ChangesAsync(permit.WallId, done.FirstSequence, done.LastSequence, ct));
                }

                var wall = await db.Walls.FirstAsync(w => w.Id == permit.WallId, ct);
                var changed = new ChangeSet();
                var stale = await apply(wall, changed);
                if (stale is not null)
                {
                    var current = (await CardViewsAsync([stale.Id], ct))[0];
                    await transaction.RollbackAsync(ct);
                    return new WallOperationResult(WallOperationResult.Conflict, [], current);
                }

                await db.SaveChangesAsync(ct);
                var views = new List<(string Kind, int Id, object View)>();
                views.AddRange(changed.Columns.Distinct().Select(c => (WallChangeKinds.Column, c.Id, (object)c.ToView())));
                var cards = await CardViewsAsync(changed.Cards.Select(c => c.Id).Distinct().ToList(), ct);
                views.AddRange(cards.Select(c => (WallChangeKinds.Card, c.Id, (object)c)));

                var now = clock.GetUtcNow();
                var first = wall.LastSequence + 1;
                var changes = new List<WallChangeView>();
                foreach (var (kind, id, view) in views)
                {
                    wall.LastSequence++;
                    db.WallChanges.Add(new WallChange
                    {
                        WallId = wall.Id, Sequence = wall.LastSequence, Kind = kind, EntityId = id,
                        Payload = WallViewMapping.ToPayload(view), UserId = permit.UserId, CreatedAt = now,
                    });
                    changes.Add(new WallChangeView(wall.LastSequence, kind, view as ColumnView, view as CardView));
                }
                db.WallOperations.Add(new WallOperation
                {
                    WallId = wall.Id, OperationId = operationId, UserId = permit.UserId!, FirstSequence = first,
                    LastSequence = wall.LastSequence, CreatedAt = now,
                });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return new WallOperationResult(WallOperationResult.Applied, changes);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another operation on this wall won the race (or sent the same operation id): start again on its result.
                await transaction.RollbackAsync(ct);
            }
            catch (DbUpdateException)
            {
                throw new WallRuleException(BusyMessage);
            }
        }
    }

    private async Task<IReadOnlyList<WallChangeView>> ChangesAsync(int wallId, long first, long last, CancellationToken ct)
    {
        var rows = await db.WallChanges.AsNoTracking()
            .Where(c => c.WallId == wallId && c.Sequence >= first && c.Sequence <= last)
            .OrderBy(c => c.Sequence).ToListAsync(ct);
        return rows.Select(r => r.ToView()).ToList();
    }

    private async Task<IReadOnlyList<CardView>> CardViewsAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var cards = await db.WallCards.AsNoTracking().Include(c => c.Reactions).Include(c => c.Comments)
            .AsSplitQuery().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var sentUp = await db.WallCardSubmissions.Where(s => ids.Contains(s.CardId)).Select(s => s.CardId).ToListAsync(ct);
        return ids.Select(id => cards.First(c => c.Id == id)).Select(c => c.ToView(sentUp.Contains(c.Id))).ToList();
    }

    /// <summary>
    /// A key between the neighbours the client named. When the client's view is stale (the neighbours are no longer
    /// in that order) the item goes right after the named previous one. If the key is already taken (another move
    /// into the same gap got there first) the server notices and takes the gap just above it instead.
    /// </summary>
    internal static string PlaceBetween(IReadOnlyList<(int Id, string Key)> siblings, int? previousId, int? nextId)
    {
        var ordered = siblings.OrderBy(s => s.Key, FractionalKey.Comparer).ToList();
        string? Key(int? id) => id is null ? null
            : ordered.FirstOrDefault(s => s.Id == id).Key ?? throw new WallRuleException("La position demandée n'existe plus : rechargez le mur.");
        string? Successor(string? key) => ordered.Select(s => s.Key).FirstOrDefault(k => key is null || FractionalKey.Comparer.Compare(k, key) > 0);
        string? Predecessor(string key) => ordered.Select(s => s.Key).LastOrDefault(k => FractionalKey.Comparer.Compare(k, key) < 0);

        var low = Key(previousId);
        var high = Key(nextId);
        if (low is null && high is null) low = ordered.LastOrDefault().Key;
        else if (high is null) high = Successor(low);
        else if (low is null) low = Predecessor(high);
        else if (FractionalKey.Comparer.Compare(low, high) >= 0) high = Successor(low);

        var key = FractionalKey.Between(low, high);
        while (ordered.Any(s => s.Key == key))
        {
            key = FractionalKey.Between(key, high);
        }
        return key;
    }

    /// <summary>Gives every card of the column a short, evenly spaced key, in their current order.</summary>
    private static void Rebalance(List<WallCard> column, ChangeSet changed)
    {
        var ordered = column.OrderBy(c => c.OrderKey, FractionalKey.Comparer).ToList();
        var keys = FractionalKey.Spread(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].OrderKey = keys[i];
            if (!ordered[i].IsDeleted) changed.Cards.Add(ordered[i]);
        }
    }
}
