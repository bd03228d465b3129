using Microsoft.AspNetCore.Identity;

namespace Ctg.Participation.Accounts;

/// <summary>
/// An account. We keep the least: an email to sign in, a public display name, optionally a commune.
/// No birth date, no address, no phone.
/// </summary>
public class PortalUser : IdentityUser
{
    /// <summary>The only name ever shown publicly. Plain text, never HTML.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>INSEE code of the commune the person says they live in, if they chose to say it.</summary>
    public string? MunicipalityInseeCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last sign-in or authenticated visit, at most once a day: drives the two-year inactivity rule.</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>When the "your account will be deleted" mail was sent; cleared when the person comes back.</summary>
    public DateTimeOffset? InactivityWarningSentAt { get; set; }

    /// <summary>
    /// When FranceConnect last verified this person (sign-in or link): « Identité vérifiée par FranceConnect ». Only the
    /// date; the provider's subject is in AspNetUserLogins, the legal name is never kept.
    /// </summary>
    public DateTimeOffset? FranceConnectVerifiedAt { get; set; }
}
