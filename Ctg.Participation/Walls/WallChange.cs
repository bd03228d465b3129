namespace Ctg.Participation.Walls;

/// <summary>
/// One stored change of a wall, numbered by a per-wall sequence, holding the state of what changed afterwards (a
/// column or a card, tombstones included). A client that missed changes asks for those after the last sequence it
/// saw and replays them: nothing missed, and replaying a snapshot twice changes nothing.
/// </summary>
public class WallChange
{
    public long Id { get; set; }
    public int WallId { get; set; }
    public long Sequence { get; set; }
    public string Kind { get; set; } = "";
    public int EntityId { get; set; }

    /// <summary>JSON of the <see cref="ColumnView"/> or <see cref="CardView"/> after the change.</summary>
    public string Payload { get; set; } = "";
    public string? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public static class WallChangeKinds
{
    public const string Column = "column";
    public const string Card = "card";
}

/// <summary>
/// A client operation already applied, by the id the client gave it. A resent operation (a reconnect, a retry) finds
/// its row and gets the same answer again instead of applying twice. Unique on (WallId, OperationId).
/// </summary>
public class WallOperation
{
    public long Id { get; set; }
    public int WallId { get; set; }
    public Guid OperationId { get; set; }
    public string UserId { get; set; } = "";
    public long FirstSequence { get; set; }
    public long LastSequence { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
