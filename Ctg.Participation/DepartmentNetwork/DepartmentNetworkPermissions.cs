using Ctg.Participation.Accounts;
using Ctg.Participation.Common;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>
/// What the department network contributes to authorisation. It is the network of the chargés de coopération with
/// the Caf: residents and members of thematic networks are not in it, whatever CTG they belong to.
/// </summary>
public static class DepartmentNetworkPermissions
{
    /// <summary>Read the library, share a support, register for an event, write on the department wall.</summary>
    public const string Take = "department-network.take";

    /// <summary>Create events and record attendance: the Caf (advisors) and administrators.</summary>
    public const string Organise = "department-network.organise";

    public static readonly IReadOnlyList<string> MemberRoles = [PortalRoles.Coordinator, PortalRoles.CafAdvisor, PortalRoles.Administrator];

    public static readonly IReadOnlyList<string> OrganiserRoles = [PortalRoles.CafAdvisor, PortalRoles.Administrator];

    public static bool IsMember(IReadOnlyCollection<string> roles) => roles.Any(MemberRoles.Contains);

    public static bool IsOrganiser(IReadOnlyCollection<string> roles) => roles.Any(OrganiserRoles.Contains);

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "department-network";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.Staff(Take, MemberRoles), Permission.Staff(Organise, OrganiserRoles),
    ];
}

/// <summary>Who acts, as the network's services need it.</summary>
public sealed record NetworkActor(string UserId, IReadOnlyCollection<string> Roles)
{
    public bool IsMember => DepartmentNetworkPermissions.IsMember(Roles);
    public bool IsOrganiser => DepartmentNetworkPermissions.IsOrganiser(Roles);
    public bool IsCoordinator => Roles.Contains(PortalRoles.Coordinator);
}
