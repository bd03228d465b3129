using Ctg.Participation.Conventions;

namespace Ctg.Participation.Indicators;

/// <summary>
/// What the indicators feature contributes to authorisation. The public dashboard and open data need none (aggregates
/// only, statistical secrecy applied); one CTG's full figures follow <see cref="ConventionPermissions.ReadBackOffice"/>.
/// </summary>
public static class IndicatorPermissions
{
    /// <summary>The department table (every CTG, full figures): Caf advisors and administrators.</summary>
    public const string ReadDepartment = "indicateurs.departement.read";

    public static readonly IReadOnlyList<string> DepartmentReaders = ConventionPermissions.AllConventionsReaders;
}
