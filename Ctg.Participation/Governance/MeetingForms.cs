using System.Globalization;

namespace Ctg.Participation.Governance;

/// <summary>
/// Reading what the meeting pages post, before the library's rules see it: dates as the browser's date and
/// datetime-local fields send them, and attendance as presence[inviteeId] = Present | Excused | Absent | NotRecorded.
/// </summary>
public static class MeetingForms
{
    /// <summary>The format of a datetime-local field (Paris time).</summary>
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public enum Parsed { Empty, Valid, Invalid }

    /// <summary>A meeting's start or end: empty, a wall-clock time in Paris between 2000 and 2100, or invalid.</summary>
    public static (Parsed Result, DateTime? Local) ParseLocal(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return (Parsed.Empty, null);
        return DateTime.TryParseExact(value, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local.Year is >= 2000 and <= 2100
            ? (Parsed.Valid, local) : (Parsed.Invalid, null);
    }

    /// <summary>A decision's due date as a date field sends it (yyyy-MM-dd); the year's bounds are the library's rule.</summary>
    public static (Parsed Result, DateOnly? Day) ParseDueOn(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return (Parsed.Empty, null);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (Parsed.Valid, day) : (Parsed.Invalid, null);
    }

    /// <summary>
    /// The attendance form: invitee id → status. Null when a key is not a number or a value not a known status: the
    /// page's own form never sends that, so the post is forged (400).
    /// </summary>
    public static IReadOnlyDictionary<int, AttendanceStatus>? ParseAttendance(IEnumerable<KeyValuePair<string, string>>? presence)
    {
        var attendance = new Dictionary<int, AttendanceStatus>();
        foreach (var (key, value) in presence ?? [])
        {
            if (!int.TryParse(key, CultureInfo.InvariantCulture, out var inviteeId) || !Enum.TryParse<AttendanceStatus>(value, out var status) || !Enum.IsDefined(status))
                return null;
            attendance[inviteeId] = status;
        }
        return attendance;
    }
}
