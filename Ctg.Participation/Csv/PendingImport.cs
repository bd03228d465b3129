using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Csv;

/// <summary>
/// An uploaded CSV kept server-side between its preview and the coordinator's confirmation, so the confirmed import
/// is exactly the previewed file (never re-sent by the browser, never held in memory).
/// </summary>
public class PendingImport
{
    public Guid Id { get; set; }
    public int ConventionId { get; set; }
    /// <summary>Which import: <see cref="PendingImports.ActionPlan"/> or <see cref="PendingImports.ServiceDirectory"/>.</summary>
    public string Kind { get; set; } = "";
    public string UserId { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Content { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Stores a pending import for its author and CTG, finds it again, forgets stale ones.</summary>
public sealed class PendingImports(PortalDbContext db, TimeProvider clock)
{
    public const string ActionPlan = "plan";
    public const string ServiceDirectory = "annuaire";
    public const int MaxBytes = 2 * 1024 * 1024;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public async Task<Guid> KeepAsync(int conventionId, string kind, string userId, string fileName, string content, CancellationToken ct = default)
    {
        var stale = clock.GetUtcNow() - Lifetime;
        await db.PendingImports.Where(p => p.CreatedAt < stale).ExecuteDeleteAsync(ct);
        var pending = new PendingImport
        {
            Id = Guid.NewGuid(), ConventionId = conventionId, Kind = kind, UserId = userId,
            FileName = fileName.Length > 200 ? fileName[..200] : fileName, Content = content, CreatedAt = clock.GetUtcNow(),
        };
        db.PendingImports.Add(pending);
        await db.SaveChangesAsync(ct);
        return pending.Id;
    }

    /// <summary>The pending import of this author, CTG and kind, or null (unknown, someone else's, or expired).</summary>
    public Task<PendingImport?> FindAsync(Guid id, int conventionId, string kind, string userId, CancellationToken ct = default)
    {
        var stale = clock.GetUtcNow() - Lifetime;
        return db.PendingImports.FirstOrDefaultAsync(p => p.Id == id && p.ConventionId == conventionId && p.Kind == kind && p.UserId == userId && p.CreatedAt >= stale, ct);
    }
}
