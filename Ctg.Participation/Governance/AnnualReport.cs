using Ctg.Participation.Accounts;

namespace Ctg.Participation.Governance;

/// <summary>
/// The coordinator's text for a CTG's bilan annuel (one per CTG and year), kept as a draft and edited until sent to
/// the Caf, due by 31 January of the following year. The figures are computed when the report is shown, not stored.
/// </summary>
public class AnnualReport
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public int Year { get; set; }

    /// <summary>Sanitised HTML (PortalHtmlSanitizer).</summary>
    public string TextHtml { get; set; } = "";

    public string? UpdatedById { get; set; }
    public PortalUser? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
