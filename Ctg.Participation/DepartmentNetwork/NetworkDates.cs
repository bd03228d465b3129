using Ctg.Participation.Common;
using Ctg.Participation.Surveys;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>French labels of the network's dates (Europe/Paris) and file sizes.</summary>
public static class NetworkDates
{
    public static string Label(DateTimeOffset at) =>
        PortalTime.ToParis(at).ToString("dddd d MMMM yyyy 'à' HH'h'mm", PortalCulture.French);

    public static string Day(DateTimeOffset at) => SurveyDates.Label(SurveyDates.DayOf(at));

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} octets",
        < 1024 * 1024 => (bytes / 1024m).ToString("0", PortalCulture.French) + " ko",
        _ => (bytes / (1024m * 1024m)).ToString("0.#", PortalCulture.French) + " Mo",
    };
}
