using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Reporting;

/// <summary>
/// What the bilan feature contributes to authorisation. Reading a CTG's bilan follows
/// <see cref="ConventionPermissions.ReadBackOffice"/>; transmitting and answering is for the CTG's own coordinators and
/// reviewing for Caf advisors, both checked by <see cref="ReportWorkflow"/> on every step.
/// </summary>
public static class ReportPermissions
{
    /// <summary>/coordination/bilans, every CTG × year and its status: Caf advisors and administrators.</summary>
    public const string ReadDepartment = "reporting.read-department";

    public static readonly IReadOnlyList<string> DepartmentReaders = ConventionPermissions.AllConventionsReaders;

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "reporting";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.Staff(ReadDepartment, DepartmentReaders),
    ];
}
