namespace Ctg.Participation.ExternalIdentities;

/// <summary>Which OpenID Connect provider: the rules differ (FranceConnect asks for eIDAS levels and verifies identity).</summary>
public enum ExternalProviderKind
{
    /// <summary>Residents: identity checked by a French public identity provider (impots.gouv, l'Identité numérique La Poste…).</summary>
    FranceConnect,
    /// <summary>Public agents (Caf, collectivités): the staff's professional identity.</summary>
    ProConnect,
    /// <summary>The department's own identity provider (Keycloak, AD FS…).</summary>
    Generic,
}

/// <summary>
/// One provider read from configuration (<c>Authentication:FranceConnect</c>, <c>Authentication:ProConnect</c>,
/// <c>Authentication:Oidc</c>). Only a provider with an authority and a client id is configured; the secret may be
/// empty for a public client (PKCE).
/// </summary>
public sealed record ExternalProvider(ExternalProviderKind Kind, string Scheme, string DisplayName, string Authority, string ClientId, string? ClientSecret, bool UsePkce)
{
    public const string FranceConnectScheme = "franceconnect";
    public const string ProConnectScheme = "proconnect";
    public const string GenericScheme = "oidc";

    /// <summary>Only what the portal needs: never the birth date or place FranceConnect could give.</summary>
    public static readonly string[] Scopes = ["openid", "given_name", "family_name", "email"];

    public string CallbackPath => "/signin-" + Scheme;
    public string SignedOutCallbackPath => "/signout-callback-" + Scheme;

    /// <summary>HTTPS is required for every real provider; plain HTTP only to a provider on this very machine (tests).</summary>
    public bool IsLoopback => Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.IsLoopback;

    public static string? SchemeName(ExternalProviderKind kind) => kind switch
    {
        ExternalProviderKind.FranceConnect => FranceConnectScheme,
        ExternalProviderKind.ProConnect => ProConnectScheme,
        _ => GenericScheme,
    };

    /// <summary>The French name of a provider for a scheme (also for a provider no longer configured).</summary>
    public static string NameOf(string scheme, string? displayName = null) => scheme switch
    {
        FranceConnectScheme => "FranceConnect",
        ProConnectScheme => "ProConnect",
        _ => string.IsNullOrWhiteSpace(displayName) ? "Fournisseur d'identité du département" : displayName,
    };
}
