using Ctg.Participation.Common;
using Ctg.Participation.Governance;

namespace Ctg.Participation.Reporting;

/// <summary>What the department list shows for a CTG × year: the workflow state, or « en retard » read from the date.</summary>
public enum ReportStatus
{
    Brouillon = 0,
    Transmis = 1,
    AccuseReception = 2,
    ACompleter = 3,
    EnRetard = 4,
}

public static class ReportStatuses
{
    /// <summary>
    /// A bilan never sent is late once 31 January n+1 has passed in Paris. A returned one stays « à compléter » (the Caf
    /// already has a version and asked for more), a sent one is « transmis » even if it was sent late.
    /// </summary>
    public static ReportStatus Of(ReportState state, int year, DateTimeOffset now) => state switch
    {
        ReportState.Transmitted => ReportStatus.Transmis,
        ReportState.Acknowledged => ReportStatus.AccuseReception,
        ReportState.Returned => ReportStatus.ACompleter,
        _ => IsPastDue(year, now) ? ReportStatus.EnRetard : ReportStatus.Brouillon,
    };

    /// <summary>True from 1 February n+1, 00:00 Paris time.</summary>
    public static bool IsPastDue(int year, DateTimeOffset now) =>
        PortalTime.DayOf(now) > AnnualReports.DueDate(year);

    public static string Label(this ReportStatus status) => status switch
    {
        ReportStatus.Transmis => "transmis",
        ReportStatus.AccuseReception => "accusé de réception",
        ReportStatus.ACompleter => "à compléter",
        ReportStatus.EnRetard => "en retard",
        _ => "brouillon",
    };

    /// <summary>The CSS modifier of the status badge.</summary>
    public static string Css(this ReportStatus status) => status switch
    {
        ReportStatus.Transmis => "transmis",
        ReportStatus.AccuseReception => "accuse",
        ReportStatus.ACompleter => "a-completer",
        ReportStatus.EnRetard => "en-retard",
        _ => "brouillon",
    };
}
