namespace Ctg.Participation.Web.Walls;

/// <summary>Limits of the wall hub (section "Walls" of the configuration).</summary>
public sealed class WallHubOptions
{
    public const string Section = "Walls";

    /// <summary>Changes one connection may send per ten seconds: far above typing and moving by hand, far below a script.</summary>
    public int OperationsPerTenSeconds { get; set; } = 40;

    /// <summary>The largest message a client may send: a card's 8 000 characters of input in UTF-8 and some room.</summary>
    public long MaximumReceiveMessageSize { get; set; } = 40 * 1024;

    /// <summary>How long presence deltas of a wall are gathered before being sent as one message.</summary>
    public int PresenceBatchMilliseconds { get; set; } = 250;
}
