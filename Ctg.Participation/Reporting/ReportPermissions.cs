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
    public const string ReadDepartment = "bilans.departement.read";

    public static readonly IReadOnlyList<string> DepartmentReaders = ConventionPermissions.AllConventionsReaders;
}
