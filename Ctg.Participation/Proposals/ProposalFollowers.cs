using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>Who follows a proposal: they are notified of its comments and status changes.</summary>
public sealed class ProposalFollowers(PortalDbContext db, TimeProvider clock)
{
    public async Task FollowAsync(int proposalId, string userId, CancellationToken ct = default)
    {
        if (await db.ProposalFollows.AnyAsync(f => f.ProposalId == proposalId && f.UserId == userId, ct)) return;
        db.ProposalFollows.Add(new ProposalFollow { ProposalId = proposalId, UserId = userId, FollowedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Followed twice at once: the primary key kept one row, which is what was asked.
            db.ChangeTracker.Clear();
        }
    }

    public Task UnfollowAsync(int proposalId, string userId, CancellationToken ct = default) =>
        db.ProposalFollows.Where(f => f.ProposalId == proposalId && f.UserId == userId).ExecuteDeleteAsync(ct);

    public Task<bool> IsFollowingAsync(int proposalId, string userId, CancellationToken ct = default) =>
        db.ProposalFollows.AnyAsync(f => f.ProposalId == proposalId && f.UserId == userId, ct);

    /// <summary>Followers to notify of something someone did: everyone but that person.</summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(int proposalId, string? exceptUserId, CancellationToken ct = default) =>
        await db.ProposalFollows.Where(f => f.ProposalId == proposalId && f.UserId != exceptUserId).Select(f => f.UserId).ToListAsync(ct);
}
