namespace Ctg.Participation.Referential;

/// <summary>
/// The officer's qualitative text on one line of Tableau 2 or Fiche 17 for one year of a CTG (what a count cannot
/// say). Every save is a new row: the latest is the current text, the earlier ones are its dated history.
/// </summary>
public class ReferentialNote
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public string LineCode { get; set; } = "";
    public int Year { get; set; }
    /// <summary>Plain text, line breaks kept.</summary>
    public string Text { get; set; } = "";
    public string? WrittenById { get; set; }
    public DateTimeOffset WrittenAt { get; set; }
}
