using Ctg.Participation.ExternalIdentities;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Ctg.Participation.Web.ExternalIdentities;

/// <summary>
/// Why a sign-in with a provider failed, in a short code carried to the sign-in page (<c>?erreur=</c>) and a French
/// sentence shown there. The journal keeps the technical reason; the person gets what they can act on.
/// </summary>
public static class ExternalSignInFailure
{
    public const string State = "etat";
    public const string Token = "jeton";
    public const string AssuranceLevel = "niveau";
    public const string Unavailable = "indisponible";
    public const string Cancelled = "annulee";
    public const string Expired = "expiree";
    public const string NoEmail = "sans-adresse";

    /// <summary>Thrown from the token validation when FranceConnect answers below eidas1.</summary>
    public sealed class AssuranceTooLowException(string? acr) : Exception($"acr « {acr ?? "absent"} » inférieur à {EidasLevel.Minimum}");

    public static string Classify(Exception? failure) => failure switch
    {
        AssuranceTooLowException => AssuranceLevel,
        null => Token,
        HttpRequestException or TaskCanceledException or TimeoutException => Unavailable,
        OpenIdConnectProtocolInvalidNonceException => Token,
        SecurityTokenException => Token,
        OpenIdConnectProtocolException e when e.Message.Contains("access_denied", StringComparison.Ordinal) => Cancelled,
        OpenIdConnectProtocolException e when IsUnavailable(e.Message) => Unavailable,
        OpenIdConnectProtocolException => Token,
        InvalidOperationException e when e.Message.Contains("IDX20803", StringComparison.Ordinal) || e.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase) => Unavailable,
        _ when failure.InnerException is { } inner && inner != failure => Classify(inner) is var c && c != Token ? c : StateOrToken(failure),
        _ => StateOrToken(failure),
    };

    private static bool IsUnavailable(string message) =>
        message.Contains("temporarily_unavailable", StringComparison.Ordinal) || message.Contains("server_error", StringComparison.Ordinal)
        || message.Contains("503", StringComparison.Ordinal) || message.Contains("502", StringComparison.Ordinal) || message.Contains("500", StringComparison.Ordinal);

    /// <summary>"Correlation failed" and an unreadable state: the answer matches no request this browser started.</summary>
    private static string StateOrToken(Exception failure) =>
        failure.Message.Contains("Correlation", StringComparison.OrdinalIgnoreCase) || failure.Message.Contains("state", StringComparison.OrdinalIgnoreCase)
            ? State : Token;

    public static string? Message(string? code, string providerName) => code switch
    {
        State => $"La connexion avec {providerName} n'a pas abouti : la réponse reçue ne correspond à aucune demande en cours (lien expiré, modifié ou ouvert dans un autre navigateur). Aucun compte n'a été créé ni modifié. Recommencez depuis cette page.",
        Token => $"La connexion avec {providerName} n'a pas abouti : l'identité transmise n'a pas pu être vérifiée. Aucun compte n'a été créé ni modifié. Réessayez, ou connectez-vous avec votre adresse et votre mot de passe.",
        AssuranceLevel => $"{providerName} n'a pas garanti votre identité au niveau demandé (eIDAS faible au minimum). Aucun compte n'a été créé ni modifié. Choisissez un autre compte sur {providerName}, ou connectez-vous avec votre adresse et votre mot de passe.",
        Unavailable => $"{providerName} ne répond pas pour le moment. Aucun compte n'a été créé ni modifié. Réessayez dans quelques minutes, ou connectez-vous avec votre adresse et votre mot de passe.",
        Cancelled => $"Vous avez annulé la connexion avec {providerName}. Aucun compte n'a été créé ni modifié.",
        Expired => "La connexion a expiré (5 minutes au plus entre le fournisseur d'identité et ce portail). Recommencez.",
        NoEmail => $"{providerName} n'a pas transmis d'adresse électronique : créez un compte avec votre adresse, puis liez {providerName} depuis « Mon compte ».",
        _ => null,
    };
}
