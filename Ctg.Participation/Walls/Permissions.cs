using Ctg.Participation.Common;

namespace Ctg.Participation.Walls;

/// <summary>
/// What the walls feature contributes to authorisation. Rights on one wall (read, write, moderate) are decided per
/// call by <see cref="WallAccess"/>, which sees the wall id; the named policy below guards the coordinators' list of
/// cards sent up from walls.
/// </summary>
public static class WallPermissions
{
    /// <summary>Read the cards sent up from a CTG's walls: the CTG's back-office readers.</summary>
    public const string ReadSubmissions = "walls.read-submissions";

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "walls";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.ReadsConvention(ReadSubmissions, Conventions.ConventionPermissions.StaffRoles),
    ];
}
