namespace Ctg.Participation.Walls;

/// <summary>A column (section) of a wall. Ordered by a fractional key, like cards.</summary>
public class WallColumn
{
    public int Id { get; set; }
    public int WallId { get; set; }
    public Wall? Wall { get; set; }
    public string Title { get; set; } = "";
    public string OrderKey { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
