using System.Net;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ctg.Participation.Security;

/// <summary>
/// Writes journal lines with their own scope and context, so that a line is stored even when the caller's unit of
/// work fails or is never saved, and a caller's pending changes are never saved by accident.
/// </summary>
public sealed class SecurityJournal(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SecurityJournal> logger) : ISecurityJournal
{
    public const int DetailLength = 200;

    public async Task RecordAsync(string kind, string? userId, IPAddress? client, string? detail = null, string? actorId = null, CancellationToken ct = default)
    {
        var line = new SecurityEvent
        {
            OccurredAt = clock.GetUtcNow(), Kind = kind, UserId = userId, ActorId = actorId,
            NetworkPrefix = NetworkPrefix.Of(client),
            Detail = detail is null ? null : Clean(detail),
        };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.SecurityEvents.Add(line);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            // The action itself must not fail because its journal line could not be written; the log keeps it.
            logger.LogError(ex, "Security journal line {Kind} for {UserId} could not be written", kind, userId);
        }
    }

    /// <summary>One line of plain text, bounded: a detail is never a place for a payload.</summary>
    private static string Clean(string detail)
    {
        var flat = new string(detail.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return flat.Length <= DetailLength ? flat : flat[..DetailLength];
    }
}
