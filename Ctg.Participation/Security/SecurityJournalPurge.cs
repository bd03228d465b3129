using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Security;

/// <summary>The journal keeps one year: older lines are deleted (the only deletion the journal ever sees).</summary>
public sealed class SecurityJournalPurge(PortalDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(365);

    public Task<int> RunAsync(CancellationToken ct = default)
    {
        var limit = clock.GetUtcNow() - Retention;
        return db.SecurityEvents.Where(e => e.OccurredAt < limit).ExecuteDeleteAsync(ct);
    }
}
