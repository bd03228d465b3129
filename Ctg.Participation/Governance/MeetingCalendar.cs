using System.Text;
using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Governance;

/// <summary>
/// A CTG's meetings as an iCalendar feed (RFC 5545), written by hand: CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 character, TEXT values escaped, times in UTC, a UID stable for the life of a meeting.
/// The full feed is for the CTG's back-office; the public feed holds only public meetings and their public fields.
/// Each event carries LAST-MODIFIED and DTSTAMP equal to the meeting's last change, the URL of the meeting's page on
/// the public host (Notifications:PublicUrl), and STATUS:CANCELLED once a coordinator cancelled it.
/// </summary>
public sealed class MeetingCalendar(PortalDbContext db, TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>Past meetings are kept for a year in the feed; the feed is bounded.</summary>
    public const int MaxEvents = 500;

    private sealed record Event(int Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string Agenda,
        string? HeldBy, int Revision, DateTimeOffset UpdatedAt, DateTimeOffset? CancelledAt, string? CancellationReason);

    public async Task<string> WriteAsync(int conventionId, string conventionName, string host, bool publicOnly, CancellationToken ct = default)
    {
        var slug = await db.Conventions.Where(c => c.Id == conventionId).Select(c => c.Slug).FirstAsync(ct);
        var site = options.Value.PublicUrl.TrimEnd('/');
        var since = clock.GetUtcNow().AddYears(-1);
        var query = db.Meetings.AsNoTracking().Where(m => m.ConventionId == conventionId && m.StartsAt >= since);
        if (publicOnly) query = query.Where(m => m.Kind == MeetingKind.ReunionPublique);
        var events = await query.OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Take(MaxEvents)
            .Select(m => new Event(m.Id, m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Place, m.Agenda,
                m.GovernanceBody != null ? m.GovernanceBody.Name : m.WorkingGroup != null ? m.WorkingGroup.Name : null, m.Revision, m.UpdatedAt,
                m.CancelledAt, m.CancellationReason))
            .ToListAsync(ct);

        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Ctg.Participation//Instances//FR");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "X-WR-CALNAME:" + Escape((publicOnly ? "Réunions publiques — " : "Instances — ") + conventionName));
        foreach (var e in events)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:reunion-{e.Id}@{host}");
            Line(ics, "DTSTAMP:" + Utc(e.UpdatedAt));
            Line(ics, "LAST-MODIFIED:" + Utc(e.UpdatedAt));
            Line(ics, "SEQUENCE:" + e.Revision);
            Line(ics, "STATUS:" + (e.CancelledAt is null ? "CONFIRMED" : "CANCELLED"));
            // The back-office page for the full feed; the CTG's public page (its agenda) for the public one.
            Line(ics, "URL:" + (publicOnly ? $"{site}/ctg/{slug}" : $"{site}/coordination/{slug}/instances/{e.Id}"));
            Line(ics, "DTSTART:" + Utc(e.StartsAt));
            Line(ics, "DTEND:" + Utc(e.EndsAt));
            Line(ics, "SUMMARY:" + Escape(e.Title));
            Line(ics, "LOCATION:" + Escape(e.Place));
            Line(ics, "CATEGORIES:" + Escape(e.Kind.Label()));
            var description = (e.CancelledAt is null ? "" : $"Réunion annulée : {e.CancellationReason}\n")
                + (publicOnly ? e.Agenda : (e.HeldBy is null ? "" : e.HeldBy + "\n") + e.Agenda);
            description = description.TrimEnd('\n');
            if (description.Length > 0) Line(ics, "DESCRIPTION:" + Escape(description));
            Line(ics, "END:VEVENT");
        }
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and newlines.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Writes one content line folded at 75 octets (RFC 5545 §3.1): CRLF then a space, never inside a UTF-8 sequence.</summary>
    public static void Line(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        output.Append("\r\n");
    }
}
