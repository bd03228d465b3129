using Ctg.Participation.Conventions;

namespace Ctg.Participation.Proposals;

/// <summary>
/// What the proposals feature contributes to authorisation. Answering, moderating and assisted entry belong to whoever
/// manages the proposal's CTG (its coordinators, administrators): the same rule as the CTG's back-office.
/// </summary>
public static class ProposalPermissions
{
    /// <summary>Submit, support, comment, follow, report: any signed-in account.</summary>
    public const string Participate = "propositions.participate";

    /// <summary>Change a proposal's status and answer it; checked against the proposal's CTG.</summary>
    public const string Answer = "propositions.answer";

    /// <summary>Hide or restore reported content; checked against the content's CTG.</summary>
    public const string Moderate = "propositions.moderate";

    /// <summary>Enter a proposal on behalf of a resident without an account; checked against the chosen CTG.</summary>
    public const string AssistedEntry = "propositions.assisted-entry";

    public static readonly IReadOnlyList<string> StaffRoles = ConventionPermissions.StaffRoles;
}
