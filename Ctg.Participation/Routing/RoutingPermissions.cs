using Ctg.Participation.Conventions;

namespace Ctg.Participation.Routing;

/// <summary>What the routing feature contributes to authorisation.</summary>
public static class RoutingPermissions
{
    /// <summary>Route a CTG's contributions to its working groups: those who manage that CTG's back-office.</summary>
    public const string Route = "orientation.route";

    /// <summary>Open a working group's page and act on its items: the group's members and the CTG's staff.</summary>
    public const string WorkInGroup = "orientation.group";

    public static readonly IReadOnlyList<string> StaffRoles = ConventionPermissions.StaffRoles;
}
