using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>
/// Supporting a proposal. The support row and the proposal's counter change in one transaction; the unique index on
/// (proposal, account) turns a second support sent at the same moment into a no-op rather than a double count.
/// </summary>
public sealed class ProposalSupports(PortalDbContext db, TimeProvider clock, PublicContent.PublicContentChanges publicContent)
{
    public enum Result
    {
        Added,
        AlreadySupported,
        NotAllowed,
    }

    public async Task<Result> SupportAsync(int proposalId, string userId, CancellationToken ct = default)
    {
        if (!await db.Proposals.AnyAsync(p => p.Id == proposalId && p.PublishedAt != null && p.WithdrawnAt == null && p.Moderation == ModerationState.Visible, ct))
        {
            return Result.NotAllowed;
        }
        if (await db.Supports.AnyAsync(s => s.ProposalId == proposalId && s.UserId == userId, ct)) return Result.AlreadySupported;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Supports.Add(new Support { ProposalId = proposalId, UserId = userId, CreatedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The other request of a double click committed first; the unique index refused this one.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Result.AlreadySupported;
        }
        await db.Proposals.Where(p => p.Id == proposalId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SupportCount, p => p.SupportCount + 1), ct);
        await transaction.CommitAsync(ct);
        return Result.Added;
    }

    public async Task<bool> WithdrawAsync(int proposalId, string userId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var removed = await db.Supports.Where(s => s.ProposalId == proposalId && s.UserId == userId).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            await db.Proposals.Where(p => p.Id == proposalId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.SupportCount, p => p.SupportCount - removed), ct);
            await publicContent.TouchAsync(ProposalsPublicContent.Pages(proposalId));
        }
        await transaction.CommitAsync(ct);
        return removed > 0;
    }

    public Task<bool> HasSupportedAsync(int proposalId, string userId, CancellationToken ct = default) =>
        db.Supports.AnyAsync(s => s.ProposalId == proposalId && s.UserId == userId, ct);
}
