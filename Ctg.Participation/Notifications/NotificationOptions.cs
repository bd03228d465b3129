namespace Ctg.Participation.Notifications;

/// <summary>Configuration section "Notifications".</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The portal's public address, for links in mails sent outside a request (digests).</summary>
    public string PublicUrl { get; set; } = "http://localhost:5000";
}
