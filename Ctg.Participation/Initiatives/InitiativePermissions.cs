using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Initiatives;

/// <summary>What the initiatives feature contributes to authorisation.</summary>
public static class InitiativePermissions
{
    /// <summary>Declare an initiative: any signed-in account (a resident, or someone speaking for an association).</summary>
    public const string Declare = "initiatives.declare";

    /// <summary>Validate or refuse an initiative and read its contact; checked against the initiative's CTG.</summary>
    public const string Review = "initiatives.review";

    public static readonly IReadOnlyList<string> StaffRoles = ConventionPermissions.StaffRoles;

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "initiatives";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.SignedIn(Declare), Permission.ManagesConvention(Review, StaffRoles),
    ];
}
