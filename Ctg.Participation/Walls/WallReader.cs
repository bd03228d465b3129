using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Walls;

/// <summary>Reading a wall: the whole of it, or the changes a client missed.</summary>
public sealed class WallReader(PortalDbContext db)
{
    /// <summary>Live columns and cards in order (hidden cards stay, blanked, so everyone sees that something was hidden).</summary>
    public async Task<WallSnapshot?> SnapshotAsync(int wallId, CancellationToken ct = default)
    {
        var wall = await db.Walls.AsNoTracking().FirstOrDefaultAsync(w => w.Id == wallId, ct);
        if (wall is null) return null;
        var columns = await db.WallColumns.AsNoTracking().Where(c => c.WallId == wallId).ToListAsync(ct);
        var cards = await db.WallCards.AsNoTracking().Include(c => c.Reactions).Include(c => c.Comments).AsSplitQuery()
            .Where(c => c.WallId == wallId && !c.IsDeleted).ToListAsync(ct);
        var sentUp = (await db.WallCardSubmissions.Where(s => s.WallId == wallId).Select(s => s.CardId).ToListAsync(ct)).ToHashSet();
        return new WallSnapshot(wall.Id, wall.Title, wall.LastSequence,
            columns.OrderBy(c => c.OrderKey, FractionalKey.Comparer).Select(c => c.ToView()).ToList(),
            cards.OrderBy(c => c.OrderKey, FractionalKey.Comparer).Select(c => c.ToView(sentUp.Contains(c.Id))).ToList());
    }

    /// <summary>
    /// The changes after <paramref name="since"/>, in order; or the whole wall when the client is too far behind, or
    /// claims a sequence this wall never reached (a restored database, a client of another deployment).
    /// </summary>
    public async Task<WallSync?> SinceAsync(int wallId, long since, CancellationToken ct = default)
    {
        var last = await db.Walls.Where(w => w.Id == wallId).Select(w => (long?)w.LastSequence).FirstOrDefaultAsync(ct);
        if (last is null) return null;
        if (since < 0 || since > last || last - since > WallLimits.MaxChangesReplayed)
        {
            var snapshot = await SnapshotAsync(wallId, ct);
            return snapshot is null ? null : new WallSync(snapshot.Sequence, [], snapshot);
        }
        var rows = await db.WallChanges.AsNoTracking().Where(c => c.WallId == wallId && c.Sequence > since)
            .OrderBy(c => c.Sequence).ToListAsync(ct);
        return new WallSync(rows.Count > 0 ? rows[^1].Sequence : since, rows.Select(r => r.ToView()).ToList(), null);
    }
}
