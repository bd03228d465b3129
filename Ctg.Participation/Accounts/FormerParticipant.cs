namespace Ctg.Participation.Accounts;

/// <summary>
/// What public contributions show once their author's account is deleted (by the person, or after two years of
/// inactivity): the contribution stays, its author link is set to null, and this name is shown instead.
/// </summary>
public static class FormerParticipant
{
    public const string DisplayName = "Ancien participant";

    public static string NameOr(string? displayName) => string.IsNullOrWhiteSpace(displayName) ? DisplayName : displayName;
}
