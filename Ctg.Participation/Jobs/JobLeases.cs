using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Jobs;

/// <summary>
/// Takes and gives back job leases atomically in the database, with provider-neutral statements: an UPDATE … WHERE
/// the lease is free (expired or already ours), else an INSERT that the primary key lets only one instance win.
/// </summary>
public sealed class JobLeases(PortalDbContext db, TimeProvider clock)
{
    /// <summary>
    /// True when this holder now has the lease until <paramref name="until"/>. Reentrant: a holder that still has
    /// it extends it; not reentrant: only an expired lease is taken (a "once until then" lease).
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset until, bool reentrant = true, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.ExpiresAt <= now || (reentrant && l.Holder == holder)))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct);
        if (taken == 1) return true;
        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct)) return false;

        var lease = new JobLease { Name = name, Holder = holder, ExpiresAt = until };
        db.JobLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row first: it holds the lease.
            db.Entry(lease).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>Gives the lease back early (the next run, on any instance, may take it at once).</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), ct);
    }

    /// <summary>Runs <paramref name="work"/> only when this holder gets the lease, and gives it back afterwards.</summary>
    public async Task<bool> RunExclusiveAsync(string name, string holder, TimeSpan maximum, Func<Task> work, CancellationToken ct = default)
    {
        if (!await TryAcquireAsync(name, holder, clock.GetUtcNow() + maximum, ct: ct)) return false;
        try
        {
            await work();
        }
        finally
        {
            await ReleaseAsync(name, holder, CancellationToken.None);
        }
        return true;
    }
}
