using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Indicators;

/// <summary>
/// What the indicators feature contributes to authorisation. The public dashboard and open data need none (aggregates
/// only, statistical secrecy applied); one CTG's full figures follow <see cref="ConventionPermissions.ReadBackOffice"/>.
/// </summary>
public static class IndicatorPermissions
{
    /// <summary>The department table (every CTG, full figures): Caf advisors and administrators.</summary>
    public const string ReadDepartment = "indicators.read-department";

    public static readonly IReadOnlyList<string> DepartmentReaders = ConventionPermissions.AllConventionsReaders;

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "indicators";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.Staff(ReadDepartment, DepartmentReaders),
    ];
}
