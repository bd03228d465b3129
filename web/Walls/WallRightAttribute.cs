using Ctg.Participation.Walls;

namespace Ctg.Participation.Web.Walls;

/// <summary>The right a hub method needs on the wall named by its first argument; <see cref="WallAccessFilter"/> checks it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WallRightAttribute(WallRight right) : Attribute
{
    public WallRight Right { get; } = right;
}
