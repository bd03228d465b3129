namespace Ctg.Participation.Walls;

/// <summary>A short plain-text comment on a card (encoded when shown, never HTML).</summary>
public class WallComment
{
    public int Id { get; set; }
    public int CardId { get; set; }
    public WallCard? Card { get; set; }
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
