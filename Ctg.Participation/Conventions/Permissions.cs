using Ctg.Participation.Accounts;
using Ctg.Participation.Common;

namespace Ctg.Participation.Conventions;

/// <summary>
/// What the CTG feature contributes to authorisation: its named policies and who holds them. The web host turns
/// each name into a policy; code never spells a policy name as a bare string.
/// </summary>
public static class ConventionPermissions
{
    /// <summary>Any staff account may open /coordination (it then lists only the CTGs it may see).</summary>
    public const string AccessCoordination = "conventions.access-coordination";

    /// <summary>Read a CTG's back-office: its coordinators, every Caf advisor of the department, administrators.</summary>
    public const string ReadBackOffice = "conventions.read-back-office";

    /// <summary>Change a CTG's back-office: its own coordinators and administrators; Caf advisors only read.</summary>
    public const string ManageBackOffice = "conventions.manage-back-office";

    /// <summary>Deployment administration: settings, staff accounts.</summary>
    public const string Administer = "conventions.administer";

    public static readonly IReadOnlyList<string> StaffRoles = PortalRoles.Staff;
    public static readonly IReadOnlyList<string> AllConventionsReaders = [PortalRoles.CafAdvisor, PortalRoles.Administrator];
    public static readonly IReadOnlyList<string> AllConventionsManagers = [PortalRoles.Administrator];

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "conventions";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.Staff(AccessCoordination, StaffRoles), Permission.ReadsConvention(ReadBackOffice, StaffRoles),
        Permission.ManagesConvention(ManageBackOffice, StaffRoles), Permission.Staff(Administer, [PortalRoles.Administrator]),
    ];
}
