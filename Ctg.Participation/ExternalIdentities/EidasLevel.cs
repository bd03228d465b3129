namespace Ctg.Participation.ExternalIdentities;

/// <summary>
/// FranceConnect's levels of assurance (eIDAS, returned in the ID token's <c>acr</c> claim). The portal asks for eidas1
/// and refuses an answer below it: a provider that says less, or nothing, did not check the identity enough.
/// </summary>
public static class EidasLevel
{
    public const string Minimum = "eidas1";

    private static readonly string[] Levels = ["eidas1", "eidas2", "eidas3"];

    public static bool IsAtLeastEidas1(string? acr) => acr is not null && Levels.Contains(acr.Trim(), StringComparer.Ordinal);
}
