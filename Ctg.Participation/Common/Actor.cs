namespace Ctg.Participation.Common;

/// <summary>Who acts: the account and its global roles (a CTG assignment is read from the database where it matters).</summary>
public sealed record Actor(string UserId, IReadOnlyCollection<string> Roles);
