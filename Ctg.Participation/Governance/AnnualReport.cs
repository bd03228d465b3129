using Ctg.Participation.Accounts;
using Ctg.Participation.Reporting;

namespace Ctg.Participation.Governance;

/// <summary>
/// A CTG's bilan annuel (one per CTG and year), due to the Caf by 31 January of the following year. The figures are
/// computed when the draft is shown; the officer's texts (a synthesis here, one per objective in
/// <see cref="ObjectiveTexts"/>) are drafts until « Transmettre à la Caf » freezes a <see cref="ReportSubmission"/>.
/// </summary>
public class AnnualReport
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public int Year { get; set; }

    /// <summary>The synthesis. Sanitised HTML (PortalHtmlSanitizer).</summary>
    public string TextHtml { get; set; } = "";

    public string? UpdatedById { get; set; }
    public PortalUser? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Where the report stands with the Caf; changed only by <see cref="ReportWorkflow"/>.</summary>
    public ReportState State { get; set; } = ReportState.Draft;

    public List<AnnualReportText> ObjectiveTexts { get; set; } = [];
    public List<ReportSubmission> Submissions { get; set; } = [];
}
