namespace Ctg.Participation.Walls;

/// <summary>
/// A refused wall operation, with the French message the person sees. Thrown before anything is stored; the hub
/// turns it into a HubException so the connection keeps working.
/// </summary>
public sealed class WallRuleException(string message) : Exception(message);
