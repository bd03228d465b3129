using Ctg.Participation.Accounts;
using Ctg.Participation.Governance;

namespace Ctg.Participation.Reporting;

/// <summary>Where a bilan stands with the Caf. « En retard » is not a state: it is read from the date (<see cref="ReportStatus"/>).</summary>
public enum ReportState
{
    /// <summary>Brouillon: never sent, editable.</summary>
    Draft = 0,
    /// <summary>Transmis: the latest submission awaits the Caf; nothing can be edited.</summary>
    Transmitted = 1,
    /// <summary>Accusé de réception: the Caf acknowledged the latest submission; final.</summary>
    Acknowledged = 2,
    /// <summary>À compléter: the Caf returned it with comments; the officer completes, answers and transmits again.</summary>
    Returned = 3,
}

public enum SubmissionOutcome
{
    Pending = 0,
    Acknowledged = 1,
    Returned = 2,
}

/// <summary>
/// One version of a bilan as sent to the Caf: its values and texts (<see cref="SnapshotJson"/>, an
/// <see cref="AnnualReportView"/>) and its PDF, kept exactly as sent, then the Caf's answer. Every step is dated and
/// signed, and none is ever changed afterwards except the Caf's single review of a pending submission.
/// </summary>
public class ReportSubmission
{
    public int Id { get; set; }
    public int AnnualReportId { get; set; }
    public AnnualReport? AnnualReport { get; set; }

    /// <summary>1 for the first transmission, 2 for the one after a return…</summary>
    public int Number { get; set; }

    public string? SubmittedById { get; set; }
    public PortalUser? SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>Plain text: the officer's answer to the Caf's comments on the previous version (null for the first).</summary>
    public string? Answer { get; set; }

    public string SnapshotJson { get; set; } = "";
    public byte[] Pdf { get; set; } = [];

    public SubmissionOutcome Outcome { get; set; } = SubmissionOutcome.Pending;
    public string? ReviewedById { get; set; }
    public PortalUser? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Plain text: what the Caf asks to complete (required for a return), or a note with the acknowledgement.</summary>
    public string? ReviewComment { get; set; }
}

/// <summary>The officer's text on one objective of Tableau 2 ("1" to "4"), a draft until transmitted.</summary>
public class AnnualReportText
{
    public int Id { get; set; }
    public int AnnualReportId { get; set; }
    public string Objective { get; set; } = "";

    /// <summary>Sanitised HTML (PortalHtmlSanitizer).</summary>
    public string TextHtml { get; set; } = "";
    public string? UpdatedById { get; set; }
    public PortalUser? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A reminder mailed to a CTG's coordinators about a year's bilan, claimed (unique per CTG, year and day) before the
/// mails go out so that two instances, or a run resumed after a crash, never send it twice.
/// </summary>
public class ReportReminder
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public int Year { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset SentAt { get; set; }
}
