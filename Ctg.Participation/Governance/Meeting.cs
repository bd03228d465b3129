using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Ctg.Participation.Routing;

namespace Ctg.Participation.Governance;

/// <summary>
/// A réunion of a CTG: a Copil, a comité technique, a working group's or commission's session, or a public meeting.
/// It is held by one governance body or one working group (a public meeting may have neither). Times are stored in UTC.
/// </summary>
public class Meeting
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    public MeetingKind Kind { get; set; }

    /// <summary>Plain text.</summary>
    public string Title { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>Plain text: the room and address, or "visioconférence".</summary>
    public string Place { get; set; } = "";

    public int? GovernanceBodyId { get; set; }
    public GovernanceBody? GovernanceBody { get; set; }
    public int? WorkingGroupId { get; set; }
    public WorkingGroup? WorkingGroup { get; set; }

    /// <summary>Plain text, one item a line.</summary>
    public string Agenda { get; set; } = "";

    /// <summary>The minutes: sanitised HTML (PortalHtmlSanitizer), empty until written.</summary>
    public string MinutesHtml { get; set; } = "";

    public string? CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Bumped on each change of date, place or title, for the iCalendar SEQUENCE.</summary>
    public int Revision { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When a coordinator cancelled the meeting; it stays listed, « annulée », and calendars say STATUS:CANCELLED.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Plain text: why it was cancelled, shown on the meeting page and in calendars.</summary>
    public string? CancellationReason { get; set; }

    public List<MeetingInvitee> Invitees { get; set; } = [];
    public List<Decision> Decisions { get; set; } = [];
    public List<MeetingContribution> Contributions { get; set; } = [];
}

public enum MeetingKind
{
    ComiteDePilotage = 0,
    ComiteTechnique = 1,
    GroupeDeTravail = 2,
    Commission = 3,
    ReunionPublique = 4,
}

/// <summary>One invitation: a partner of the CTG, a portal account, or a person named in free text.</summary>
public class MeetingInvitee
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    public int? PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public string? UserId { get; set; }
    public PortalUser? User { get; set; }

    /// <summary>Plain text, for a person without an account.</summary>
    public string? Name { get; set; }

    public AttendanceStatus Attendance { get; set; } = AttendanceStatus.NotRecorded;
}

public enum AttendanceStatus
{
    NotRecorded = 0,
    Present = 1,
    Excused = 2,
    Absent = 3,
}

/// <summary>A proposal or an initiative of the CTG discussed at the meeting.</summary>
public class MeetingContribution
{
    public int MeetingId { get; set; }
    public ContributionKind ContributionKind { get; set; }
    public int ContributionId { get; set; }
}

public static class MeetingLabels
{
    public static string Label(this MeetingKind kind) => kind switch
    {
        MeetingKind.ComiteDePilotage => "Comité de pilotage (Copil)",
        MeetingKind.ComiteTechnique => "Comité technique",
        MeetingKind.GroupeDeTravail => "Groupe de travail",
        MeetingKind.Commission => "Commission thématique",
        _ => "Réunion publique",
    };

    public static string Label(this AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "présent",
        AttendanceStatus.Excused => "excusé",
        AttendanceStatus.Absent => "absent",
        _ => "non renseigné",
    };

    public static string Label(this DecisionStatus status) => status switch
    {
        DecisionStatus.ToStart => "à engager",
        DecisionStatus.InProgress => "en cours",
        DecisionStatus.Done => "réalisée",
        _ => "abandonnée",
    };
}
