using Ctg.Participation.Accounts;

namespace Ctg.Participation.Notifications;

/// <summary>One message in a person's notification centre. Mailed at once, in a digest, or never, as they chose.</summary>
public class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public PortalUser? User { get; set; }

    /// <summary>Plain text, encoded when rendered.</summary>
    public string Text { get; set; } = "";

    /// <summary>A path inside the portal ("/propositions/12"), never an outside address.</summary>
    public string Link { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When it went out by mail (at once or in a digest); null while it waits for the next digest.</summary>
    public DateTimeOffset? MailedAt { get; set; }
}

public enum MailFrequency
{
    Never = 0,
    Immediately = 1,
    DailyDigest = 2,
    WeeklyDigest = 3,
}

/// <summary>A person's choice of mail frequency. No row means the default, a daily digest.</summary>
public class NotificationPreference
{
    public string UserId { get; set; } = "";
    public PortalUser? User { get; set; }
    public MailFrequency Frequency { get; set; } = MailFrequency.DailyDigest;
    public DateTimeOffset? LastDigestAt { get; set; }
}

public static class MailFrequencies
{
    /// <summary>One mail per event is the most common complaint about participation portals: digest by default.</summary>
    public const MailFrequency Default = MailFrequency.DailyDigest;

    public static readonly IReadOnlyList<MailFrequency> All = Enum.GetValues<MailFrequency>();

    public static string Label(MailFrequency frequency) => frequency switch
    {
        MailFrequency.Never => "Jamais : je consulte le centre de notifications",
        MailFrequency.Immediately => "À chaque notification",
        MailFrequency.DailyDigest => "Un récapitulatif par jour",
        MailFrequency.WeeklyDigest => "Un récapitulatif par semaine",
        _ => frequency.ToString(),
    };

    /// <summary>How long after the previous digest the next one is due, or null when this frequency has no digest.</summary>
    public static TimeSpan? DigestInterval(MailFrequency frequency) => frequency switch
    {
        MailFrequency.DailyDigest => TimeSpan.FromDays(1),
        MailFrequency.WeeklyDigest => TimeSpan.FromDays(7),
        _ => null,
    };
}
