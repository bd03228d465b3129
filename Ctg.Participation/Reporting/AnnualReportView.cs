using Ctg.Participation.Governance;
using Ctg.Participation.Indicators;
using Ctg.Participation.Referential;
using Ctg.Participation.Routing;

namespace Ctg.Participation.Reporting;

/// <summary>
/// A bilan annuel as people read it, in Tableau 2's order: objectives, their functions, each function's lines (suivi,
/// évaluation) with the catalogue's values and breakdowns, the journal's highlights, and the officer's text per
/// objective. The page and the PDF render it; « Transmettre à la Caf » serialises it into
/// <see cref="ReportSubmission.SnapshotJson"/>, so a sent version renders exactly as it was sent.
/// </summary>
public sealed record AnnualReportView(
    string ConventionSlug,
    string ConventionName,
    string Epci,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int Year,
    DateOnly DueOn,
    DateTimeOffset ProducedAt,
    IReadOnlyList<ObjectiveSection> Objectives,
    IReadOnlyList<LineSection> Fiche17,
    IReadOnlyList<IndicatorEntry> OtherIndicators,
    ReportText Synthesis,
    IReadOnlyList<MeetingLine> Meetings,
    IReadOnlyList<DecisionLine> Decisions,
    IReadOnlyList<RoutedInitiative> Initiatives)
{
    /// <summary>Set on a transmitted version: its number, when and by whom it was sent.</summary>
    public int? Version { get; init; }
    public DateTimeOffset? TransmittedAt { get; init; }
    public string? TransmittedBy { get; init; }

    /// <summary>Every indicator of the report, in reading order (for the CSV).</summary>
    public IReadOnlyList<IndicatorEntry> Indicators() =>
        Objectives.SelectMany(o => o.Functions).SelectMany(f => f.Lines.SelectMany(l => l.Indicators).Concat(f.Others))
            .Concat(Fiche17.SelectMany(l => l.Indicators)).Concat(OtherIndicators).ToList();
}

public sealed record ObjectiveSection(string Number, string Title, IReadOnlyList<FunctionSection> Functions, ReportText Text);

public sealed record FunctionSection(string Number, string Title, string Actions, IReadOnlyList<LineSection> Lines,
    IReadOnlyList<IndicatorEntry> Others, IReadOnlyList<ReportHighlight> Highlights);

/// <summary>
/// One line of Tableau 2 or Fiche 17 with the catalogue indicators that measure it (none: not yet measured) and the
/// officer's qualitative appreciation of the line for the year, if written (<see cref="Referential.ReferentialNotes"/>).
/// </summary>
public sealed record LineSection(string Code, LineKind Kind, string Label, bool ByNature, IReadOnlyList<IndicatorEntry> Indicators)
{
    public LineNote? Note { get; init; }
}

/// <summary>A qualitative appreciation (plain text) with who wrote it and when.</summary>
public sealed record LineNote(string Text, string? By, DateTimeOffset At);

public sealed record IndicatorEntry(IndicatorDefinition Definition, IndicatorValue Value);

/// <summary>An officer's text (sanitised HTML) with who last edited it and when; empty Html when not written.</summary>
public sealed record ReportText(string Html, string? UpdatedBy, DateTimeOffset? UpdatedAt)
{
    public static readonly ReportText Empty = new("", null, null);
}

public sealed record MeetingLine(DateTimeOffset StartsAt, MeetingKind Kind, string Title, string? HeldBy, int PartnersInvited, int PartnersPresent,
    int Invited, int Present, int Excused, int Absent);

public sealed record DecisionLine(DateTimeOffset TakenAt, string Meeting, string Text, string? Responsible, DateOnly? DueOn, DecisionStatus Status,
    string? LastNote);

public sealed record RoutedInitiative(DateTimeOffset RoutedAt, int InitiativeId, string Initiative, string WorkingGroup, RoutingStatus Status);
