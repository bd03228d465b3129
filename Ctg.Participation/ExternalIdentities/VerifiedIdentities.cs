using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ExternalIdentities;

/// <summary>
/// The identities linked to an account (Identity's AspNetUserLogins: provider and subject, nothing else) and the
/// « Identité vérifiée par FranceConnect » mark: the date of the latest FranceConnect sign-in or link. Neither the
/// legal name nor anything else FranceConnect sends is kept.
/// </summary>
public sealed class VerifiedIdentities(PortalDbContext db, TimeProvider clock)
{
    public sealed record Linked(string Scheme, string? ProviderDisplayName);

    public Task<List<Linked>> ListAsync(string userId, CancellationToken ct = default) =>
        db.UserLogins.AsNoTracking().Where(l => l.UserId == userId).OrderBy(l => l.LoginProvider)
            .Select(l => new Linked(l.LoginProvider, l.ProviderDisplayName)).ToListAsync(ct);

    public Task<DateTimeOffset?> VerifiedAtAsync(string userId, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.FranceConnectVerifiedAt).FirstOrDefaultAsync(ct);

    public async Task<bool> IsVerifiedAsync(string? userId, CancellationToken ct = default) =>
        userId is not null && await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.FranceConnectVerifiedAt != null, ct);

    /// <summary>After a FranceConnect sign-in or link: the identity was checked now.</summary>
    public Task MarkVerifiedAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.FranceConnectVerifiedAt, now), ct);
    }

    /// <summary>When the FranceConnect identity is unlinked, the account is no longer verified.</summary>
    public Task ClearAsync(string userId, CancellationToken ct = default) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.FranceConnectVerifiedAt, (DateTimeOffset?)null), ct);
}
