using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Proposals;

/// <summary>
/// What the proposals feature contributes to authorisation. Answering, moderating and assisted entry belong to whoever
/// manages the proposal's CTG (its coordinators, administrators): the same rule as the CTG's back-office.
/// </summary>
public static class ProposalPermissions
{
    /// <summary>Submit, support, comment, follow, report: any signed-in account.</summary>
    public const string Participate = "proposals.participate";

    /// <summary>Change a proposal's status and answer it; checked against the proposal's CTG.</summary>
    public const string Answer = "proposals.answer";

    /// <summary>Hide or restore reported content; checked against the content's CTG.</summary>
    public const string Moderate = "proposals.moderate";

    /// <summary>Enter a proposal on behalf of a resident without an account; checked against the chosen CTG.</summary>
    public const string AssistedEntry = "proposals.assisted-entry";

    public static readonly IReadOnlyList<string> StaffRoles = ConventionPermissions.StaffRoles;

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "proposals";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.SignedIn(Participate), Permission.ManagesConvention(Answer, StaffRoles), Permission.ManagesConvention(Moderate, StaffRoles),
        Permission.ManagesConvention(AssistedEntry, StaffRoles),
    ];
}
