using Ctg.Participation.Accounts;

namespace Ctg.Participation.Proposals;

public enum ModerationState
{
    Visible = 0,

    /// <summary>Reported by enough different people: hidden until a coordinator decides.</summary>
    AwaitingReview = 1,

    /// <summary>Hidden by a coordinator, with a reason.</summary>
    Hidden = 2,
}

public enum ReportReason
{
    Spam = 0,
    Offensive = 1,
    OffTopic = 2,
    PersonalData = 3,
}

public static class ReportReasons
{
    /// <summary>Three different people reporting the same content hide it until a coordinator decides.</summary>
    public const int HideThreshold = 3;

    public static readonly IReadOnlyList<ReportReason> All = Enum.GetValues<ReportReason>();

    public static string Label(ReportReason reason) => reason switch
    {
        ReportReason.Spam => "Contenu publicitaire ou indésirable",
        ReportReason.Offensive => "Contenu injurieux ou offensant",
        ReportReason.OffTopic => "Hors sujet",
        ReportReason.PersonalData => "Données personnelles d'une personne",
        _ => reason.ToString(),
    };
}

/// <summary>
/// A person's report of a proposal or of one of its comments. TargetKey ("p:12" or "c:34") makes one report per person
/// per content unique in the database even where the comment column is null.
/// </summary>
public class Report
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public Proposal? Proposal { get; set; }
    public int? CommentId { get; set; }
    public Comment? Comment { get; set; }
    public string TargetKey { get; set; } = "";
    public string? ReporterId { get; set; }
    public PortalUser? Reporter { get; set; }
    public ReportReason Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when a coordinator hides or restores the content: the report leaves the queue.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    public static string KeyFor(int proposalId, int? commentId) => commentId is { } c ? $"c:{c}" : $"p:{proposalId}";
}

/// <summary>A coordinator's decision on reported content, kept for the record.</summary>
public class ModerationDecision
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public int? CommentId { get; set; }
    public bool Hidden { get; set; }
    public string Reason { get; set; } = "";
    public string? DecidedById { get; set; }
    public PortalUser? DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
