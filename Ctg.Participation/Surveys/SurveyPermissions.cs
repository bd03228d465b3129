using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Surveys;

/// <summary>What the surveys feature contributes to authorisation; checked against the survey's CTG (a ConventionResource).</summary>
public static class SurveyPermissions
{
    /// <summary>Build, publish, close a survey and flag its answers: coordinators of its CTG and administrators.</summary>
    public const string Build = "surveys.build";

    /// <summary>Read a survey's builder and results and export them: also every Caf advisor.</summary>
    public const string ReadResults = "surveys.read-results";

    public static readonly IReadOnlyList<string> StaffRoles = ConventionPermissions.StaffRoles;

    /// <summary>What this feature contributes to authorisation; the host makes one policy of each.</summary>
    public const string Feature = "surveys";

    public static readonly IReadOnlyList<Permission> Declared =
    [
        Permission.ManagesConvention(Build, StaffRoles), Permission.ReadsConvention(ReadResults, StaffRoles),
    ];
}
