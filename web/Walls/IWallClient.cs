using Ctg.Participation.Walls;

namespace Ctg.Participation.Web.Walls;

/// <summary>What the server pushes to the browsers on a wall.</summary>
public interface IWallClient
{
    /// <summary>Changes stored on the wall, in sequence order; a client that sees a gap asks for what it missed.</summary>
    Task Changed(IReadOnlyList<WallChangeView> changes);

    /// <summary>Everyone on the wall now: sent once, to the person who just joined.</summary>
    Task Presence(int wallId, IReadOnlyList<WallPresent> people);

    /// <summary>Who arrived and who left (their ids) since the last delta, to everyone on the wall.</summary>
    Task PresenceChanged(int wallId, IReadOnlyList<WallPresent> joined, IReadOnlyList<string> left);
}
