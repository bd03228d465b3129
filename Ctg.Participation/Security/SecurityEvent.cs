namespace Ctg.Participation.Security;

/// <summary>
/// One line of the security journal: what happened to which account, from which network. Append-only: the portal
/// never updates or deletes a line, except the yearly purge. Never a password, a code, a token or a full IP address.
/// </summary>
public class SecurityEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>One of <see cref="SecurityEventKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The account concerned, when one is known (an opaque identifier, kept after the account is deleted).</summary>
    public string? UserId { get; set; }

    /// <summary>Who did it when it is not the account itself (an administrator).</summary>
    public string? ActorId { get; set; }

    /// <summary>The client's network: an IPv4 /24 or IPv6 /48 prefix, never the full address.</summary>
    public string? NetworkPrefix { get; set; }

    /// <summary>A short plain-text detail (a role name, a passkey name, a forged host). Never a secret.</summary>
    public string? Detail { get; set; }
}
