namespace Ctg.Participation.Accounts;

/// <summary>
/// A signed-in browser. The session cookie carries only <see cref="Id"/>; every request checks that this row still
/// exists and is not revoked, so ending a session takes effect at once on every instance sharing the database.
/// </summary>
public class UserSession
{
    /// <summary>Random, 128 bits, hexadecimal: guessing one is hopeless, and it is useless without the signed cookie.</summary>
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>"Firefox sur Windows": read from the User-Agent at sign-in, for the owner's list of devices.</summary>
    public string Device { get; set; } = "";

    /// <summary>The /24 or /48 network the session started from.</summary>
    public string? NetworkPrefix { get; set; }
}
