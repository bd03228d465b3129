using System.Security.Cryptography;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Accounts;

/// <summary>
/// The server-side record of each signed-in browser. Checked on every request (one primary-key read, no cache), so a
/// revoked session is refused on its very next request, on every instance.
/// </summary>
public sealed class UserSessions(PortalDbContext db, TimeProvider clock)
{
    /// <summary>How often "last seen" is written: finer would cost a write per page view.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    public sealed record Active(string Id, string Device, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? NetworkPrefix);

    public async Task<string> StartAsync(string userId, string device, string? networkPrefix, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), UserId = userId,
            CreatedAt = now, LastSeenAt = now, Device = device.Length > 100 ? device[..100] : device, NetworkPrefix = networkPrefix,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Entry(session).State = EntityState.Detached;
        return session.Id;
    }

    /// <summary>True when the session exists, belongs to this account and was not revoked; refreshes "last seen" now and then.</summary>
    public async Task<bool> ValidateAsync(string sessionId, string userId, CancellationToken ct = default)
    {
        var row = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == sessionId).Select(s => new { s.UserId, s.RevokedAt, s.LastSeenAt }).FirstOrDefaultAsync(ct);
        if (row is null || row.RevokedAt is not null || row.UserId != userId) return false;
        var now = clock.GetUtcNow();
        if (now - row.LastSeenAt > TouchInterval)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
        }
        return true;
    }

    public Task<List<Active>> ListActiveAsync(string userId, CancellationToken ct = default) =>
        db.UserSessions.AsNoTracking().Where(s => s.UserId == userId && s.RevokedAt == null)
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new Active(s.Id, s.Device, s.CreatedAt, s.LastSeenAt, s.NetworkPrefix)).ToListAsync(ct);

    public Task<int> RevokeAsync(string sessionId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.UserSessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
    }

    /// <summary>Ends every session of the account, except <paramref name="keep"/> (the browser that asked) when given.</summary>
    public Task<int> RevokeAllAsync(string userId, string? keep = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.UserSessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != keep)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
    }

    /// <summary>Forgets sessions revoked or unseen for longer than a cookie can live (14 days), keeping the table small.</summary>
    public Task<int> PurgeAsync(TimeSpan olderThan, CancellationToken ct = default)
    {
        var limit = clock.GetUtcNow() - olderThan;
        return db.UserSessions.Where(s => s.LastSeenAt < limit || (s.RevokedAt != null && s.RevokedAt < limit)).ExecuteDeleteAsync(ct);
    }
}
