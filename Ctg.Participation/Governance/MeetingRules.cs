using Ctg.Participation.Common;

namespace Ctg.Participation.Governance;

/// <summary>Limits of the meeting forms and the time zone meetings are entered in.</summary>
public static class MeetingRules
{
    public const int TitleMin = 3, TitleMax = 200, PlaceMin = 2, PlaceMax = 300, AgendaMax = 4_000, NameMin = 2, NameMax = 150;
    public const int DecisionMin = 3, DecisionMax = 1_000, MinutesMax = 50_000, PeopleMax = 60, ReportTextMax = 50_000;
    public const int UpcomingShown = 50, PastPageSize = 20;

    /// <summary>Meetings are entered and shown in Paris time (<see cref="PortalTime"/>), whatever the server's zone.</summary>
    public static DateTimeOffset FromLocal(DateTime local) => PortalTime.FromParis(local);

    public static DateTime ToLocal(DateTimeOffset at) => PortalTime.ToParis(at);

    public static string Format(DateTimeOffset at) =>
        PortalTime.ToParis(at).ToString("dddd d MMMM yyyy 'à' HH'h'mm", PortalCulture.French);

    /// <summary>The kinds a governance body holds; the others are held by a working group (or, for a public meeting, by either or none).</summary>
    public static bool HeldByBody(MeetingKind kind) => kind is MeetingKind.ComiteDePilotage or MeetingKind.ComiteTechnique;

    public static bool HeldByGroup(MeetingKind kind) => kind is MeetingKind.GroupeDeTravail or MeetingKind.Commission;
}
