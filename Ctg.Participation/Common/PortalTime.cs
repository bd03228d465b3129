namespace Ctg.Participation.Common;

/// <summary>
/// The portal's one clock zone: metropolitan French time, whatever the server's. Every civil day the portal speaks of
/// (a meeting's date, a survey's last day, whether an action or a bilan is « en retard ») is a day in Paris, so a
/// deadline does not pass an hour or two early at night.
/// </summary>
public static class PortalTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The wall-clock time in Paris of an instant.</summary>
    public static DateTime ToParis(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    /// <summary>The civil day in Paris of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(ToParis(at));

    /// <summary>Today in Paris, by the portal's clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>The instant a wall-clock time in Paris stands for.</summary>
    public static DateTimeOffset FromParis(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>Midnight in Paris at the start of a civil day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => FromParis(day.ToDateTime(TimeOnly.MinValue));

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
