namespace Ctg.Participation.Walls;

/// <summary>
/// A card sent up to the CTG's routing desk as a contribution. Keeps a copy of the text as sent (the card may change
/// later) and a link back to the card. The desk routes it (another feature); here it has a status.
/// </summary>
public class WallCardSubmission
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public int WallId { get; set; }
    public Wall? Wall { get; set; }
    public int CardId { get; set; }
    public WallCard? Card { get; set; }
    public string SubmittedById { get; set; } = "";
    public string SubmittedByName { get; set; } = "";
    public string TextAsSent { get; set; } = "";
    public string? Note { get; set; }
    public SubmissionStatus Status { get; set; } = SubmissionStatus.Received;
    public DateTimeOffset SubmittedAt { get; set; }
}

public enum SubmissionStatus
{
    Received = 0,
    Routed = 1,
    Closed = 2,
}

public static class SubmissionStatusLabels
{
    public static string Label(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Received => "Reçue, à orienter",
        SubmissionStatus.Routed => "Orientée",
        SubmissionStatus.Closed => "Close",
        _ => status.ToString(),
    };
}
