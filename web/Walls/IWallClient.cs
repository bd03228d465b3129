using Ctg.Participation.Walls;

namespace Ctg.Participation.Web.Walls;

/// <summary>What the server pushes to the browsers on a wall.</summary>
public interface IWallClient
{
    /// <summary>Changes stored on the wall, in sequence order; a client that sees a gap asks for what it missed.</summary>
    Task Changed(IReadOnlyList<WallChangeView> changes);

    /// <summary>Who is on the wall now (display names).</summary>
    Task Presence(int wallId, IReadOnlyList<string> names);
}
