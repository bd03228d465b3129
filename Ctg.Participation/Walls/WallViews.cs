namespace Ctg.Participation.Walls;

// What pages, the hub and clients see of a wall. These records are also what a WallChange stores (as JSON), so a
// change replayed from the table and a change pushed live look the same to a client.

public sealed record ColumnView(int Id, string Title, string OrderKey, bool Deleted = false);

public sealed record CommentView(int Id, string AuthorName, string Text, DateTimeOffset CreatedAt);

public sealed record CardView(
    int Id,
    int ColumnId,
    string OrderKey,
    string Html,
    string? Link,
    string Colour,
    string AuthorName,
    int Version,
    bool Deleted,
    bool Hidden,
    IReadOnlyDictionary<string, int> Reactions,
    IReadOnlyList<CommentView> Comments,
    bool SentUp,
    string? ImageUrl = null,
    string? ImageAlt = null);

/// <summary>One change as a client receives it: its sequence number and the new state of a column or a card.</summary>
public sealed record WallChangeView(long Sequence, string Kind, ColumnView? Column, CardView? Card);

/// <summary>The whole wall as it is now (live columns and cards, in order), with the sequence it reflects.</summary>
public sealed record WallSnapshot(int WallId, string Title, long Sequence, IReadOnlyList<ColumnView> Columns, IReadOnlyList<CardView> Cards);

/// <summary>What a reconnecting client needs: either the changes it missed, or the whole wall when too far behind.</summary>
public sealed record WallSync(long Sequence, IReadOnlyList<WallChangeView> Changes, WallSnapshot? Snapshot);

/// <summary>
/// The answer to an operation. Applied (or already applied: the same changes again), or refused because the card
/// changed since the version the client edited: then <see cref="Current"/> is the card as it is now, to merge or overwrite.
/// </summary>
public sealed record WallOperationResult(string Status, IReadOnlyList<WallChangeView> Changes, CardView? Current = null)
{
    public const string Applied = "applique";
    public const string AlreadyApplied = "deja-applique";
    public const string Conflict = "conflit";
}
