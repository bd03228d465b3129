namespace Ctg.Participation.Walls;

/// <summary>
/// A card on a wall. <see cref="Version"/> grows with every change of its content (text, link, colour, deletion,
/// hiding), so an edit made from an older version is refused instead of silently overwriting someone else's.
/// Moves, reactions and comments do not change the version: they cannot lose anyone's text.
/// </summary>
public class WallCard
{
    public int Id { get; set; }
    public int WallId { get; set; }
    public Wall? Wall { get; set; }
    public int ColumnId { get; set; }
    public WallColumn? Column { get; set; }

    /// <summary>Fractional position within the column, compared ordinally (binary collation).</summary>
    public string OrderKey { get; set; } = "";

    /// <summary>Sanitised HTML (the portal's allow-list), at most <see cref="WallLimits.CardTextLength"/> visible characters.</summary>
    public string Html { get; set; } = "";
    public string? Link { get; set; }
    public string Colour { get; set; } = CardColours.Default;

    /// <summary>The card's re-encoded image in the walls' image folder (a random name given by the store), if any.</summary>
    public string? ImageFileName { get; set; }

    /// <summary>The author's short description of the image, for those who cannot see it.</summary>
    public string? ImageAlt { get; set; }

    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";

    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Deleted cards stay as tombstones, so that a client catching up learns of the deletion.</summary>
    public bool IsDeleted { get; set; }

    /// <summary>Moderation trace: who hid the card, when and why. The text is kept for the record, never shown.</summary>
    public DateTimeOffset? HiddenAt { get; set; }
    public string? HiddenById { get; set; }
    public string? HiddenReason { get; set; }

    public List<WallReaction> Reactions { get; set; } = [];
    public List<WallComment> Comments { get; set; } = [];
}
