using Ctg.Participation.Walls;

namespace Ctg.Participation.Web.Walls;

/// <summary>The caller's rights on the wall, resolved by the hub filter for one invocation (scoped) and read by the hub.</summary>
public sealed class WallCaller
{
    private WallPermit? permit;

    public WallPermit Permit
    {
        get => permit ?? throw new InvalidOperationException("The wall access filter did not run for this invocation.");
        set => permit = value;
    }
}
