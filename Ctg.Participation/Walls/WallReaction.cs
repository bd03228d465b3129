namespace Ctg.Participation.Walls;

/// <summary>One person's reaction of one kind to a card: at most one of each kind per person (the primary key).</summary>
public class WallReaction
{
    public int CardId { get; set; }
    public WallCard? Card { get; set; }
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The three reactions a card accepts, by the code name stored and sent over the wire.</summary>
public static class ReactionKinds
{
    public const string Approve = "pouce";
    public const string Love = "coeur";
    public const string Idea = "idee";

    public static readonly IReadOnlyList<string> All = [Approve, Love, Idea];

    public static string Label(string kind) => kind switch
    {
        Approve => "J'approuve",
        Love => "J'adore",
        Idea => "Bonne idée",
        _ => kind,
    };
}
