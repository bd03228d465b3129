using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Routing;

/// <summary>What the routing feature contributes to authorisation.</summary>
public static class RoutingPermissions
{
    /// <summary>Route a CTG's contributions to its working groups: those who manage that CTG's back-office.</summary>
    public const string Route = "routing.route";

    /// <summary>Open a working group's page and act on its items: the group's members and the CTG's staff.</summary>
    public const string WorkInGroup = "routing.work-in-group";

    public static readonly IReadOnlyList<string> StaffRoles = ConventionPermissions.StaffRoles;

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "routing";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.ManagesConvention(Route, StaffRoles), Permission.WorkingGroupMember(WorkInGroup),
    ];
}
