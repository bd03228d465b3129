using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Security;

/// <summary>Reads the journal for administrators: filtered, newest first, with the accounts' current addresses.</summary>
public sealed class SecurityJournalQuery(PortalDbContext db)
{
    public sealed record Filter(string? Kind = null, string? Email = null, DateOnly? From = null, DateOnly? To = null);

    public sealed record Line(long Id, DateTimeOffset OccurredAt, string Kind, string? UserId, string? UserEmail, string? ActorEmail, string? NetworkPrefix, string? Detail)
    {
        public string KindLabel => SecurityEventKinds.Label(Kind);
    }

    public async Task<IReadOnlyList<Line>> ListAsync(Filter filter, int limit, CancellationToken ct = default)
    {
        var query = db.SecurityEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Kind)) query = query.Where(e => e.Kind == filter.Kind);
        if (!string.IsNullOrWhiteSpace(filter.Email))
        {
            var normalized = filter.Email.Trim().ToUpperInvariant();
            var ids = db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id);
            query = query.Where(e => ids.Contains(e.UserId!) || ids.Contains(e.ActorId!));
        }
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.OccurredAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(e => e.OccurredAt < end);
        }
        var events = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(limit).ToListAsync(ct);
        var userIds = events.SelectMany(e => new[] { e.UserId, e.ActorId }).OfType<string>().Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        return events.Select(e => new Line(e.Id, e.OccurredAt, e.Kind, e.UserId,
            e.UserId is null ? null : emails.GetValueOrDefault(e.UserId),
            e.ActorId is null ? null : emails.GetValueOrDefault(e.ActorId),
            e.NetworkPrefix, e.Detail)).ToList();
    }
}
