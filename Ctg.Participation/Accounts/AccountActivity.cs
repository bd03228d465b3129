using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Accounts;

/// <summary>
/// Records that a person used their account. At most one write a day per account: the inactivity rule counts in
/// years, so finer precision would only cost writes.
/// </summary>
public sealed class AccountActivity(PortalDbContext db, TimeProvider clock)
{
    public async Task TouchAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var dayAgo = now.AddDays(-1);
        await db.Users
            .Where(u => u.Id == userId && (u.LastSeenAt < dayAgo || u.InactivityWarningSentAt != null))
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LastSeenAt, now)
                .SetProperty(u => u.InactivityWarningSentAt, (DateTimeOffset?)null), ct);
    }
}
