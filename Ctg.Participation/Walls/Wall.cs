using Ctg.Participation.Conventions;

namespace Ctg.Participation.Walls;

/// <summary>
/// A mur collaboratif of one thematic network: columns of cards that its members co-edit live. A wall without a
/// network is the department network's wall (<see cref="DepartmentNetwork.DepartmentWall"/>), whose rules
/// <see cref="WallAccess"/> gives.
/// </summary>
public class Wall
{
    public int Id { get; set; }
    public int? ThematicNetworkId { get; set; }
    public ThematicNetwork? ThematicNetwork { get; set; }

    /// <summary>URL name, unique within the network.</summary>
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>Private walls are read by the network and its coordinators only; public ones by anyone, read-only.</summary>
    public bool IsPublic { get; set; }

    /// <summary>
    /// The sequence number of the wall's latest change. A concurrency token: two writers that read the same value
    /// cannot both store the next one, so sequence numbers are gap-free and never shared.
    /// </summary>
    public long LastSequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
