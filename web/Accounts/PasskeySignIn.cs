using System.Security.Claims;
using Ctg.Participation.Accounts;
using Ctg.Participation.Security;
using Microsoft.AspNetCore.Identity;

namespace Ctg.Participation.Web.Accounts;

/// <summary>
/// Passkeys through Identity 10's WebAuthn support: the ceremonies' options and checks are SignInManager's (challenge
/// kept in its protected cookie, origin and RP id checked against the request, itself limited to the public host);
/// this class adds what the portal needs around them: the journal, the portal's own checks, and an "amr" claim that
/// says the session was opened with a passkey (which the staff two-factor rule accepts).
/// </summary>
public sealed class PasskeySignIn(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, ISecurityJournal journal, IHttpContextAccessor accessor)
{
    public const string AuthenticationMethod = "passkey";
    public const int NameLength = 60;

    private HttpContext Http => accessor.HttpContext!;

    /// <summary>Options for navigator.credentials.get: any passkey of this site (discoverable), no address asked.</summary>
    public Task<string> RequestOptionsAsync() => signIn.MakePasskeyRequestOptionsAsync(null);

    public Task<string> CreationOptionsAsync(PortalUser user) =>
        signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = user.Email ?? user.Id, DisplayName = user.DisplayName });

    /// <summary>Signs in with the assertion and returns the account, or null (wrong origin, replayed challenge, unknown key, locked account).</summary>
    public async Task<PortalUser?> SignInAsync(string credentialJson)
    {
        var client = Http.Connection.RemoteIpAddress;
        PasskeyAssertionResult<PortalUser> assertion;
        try
        {
            assertion = await signIn.PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            // No ceremony in progress (challenge already used or never asked): a replay.
            await journal.RecordAsync(SecurityEventKinds.PasskeyRefused, null, client, "aucune demande en cours", ct: Http.RequestAborted);
            return null;
        }
        if (!assertion.Succeeded)
        {
            await journal.RecordAsync(SecurityEventKinds.PasskeyRefused, null, client, Short(assertion.Failure?.Message), ct: Http.RequestAborted);
            return null;
        }
        var user = assertion.User;
        if (await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            await journal.RecordAsync(SecurityEventKinds.SignInFailed, user.Id, client, "clé d'accès : compte verrouillé ou non confirmé", ct: Http.RequestAborted);
            return null;
        }
        // Keeps the signature counter and flags up to date (a cloned authenticator shows up as a counter going back).
        await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", AuthenticationMethod)]);
        return user;
    }

    /// <summary>Checks a new passkey's attestation; returns it named, or null with a French reason.</summary>
    public async Task<(UserPasskeyInfo? Passkey, string? Error)> AttestAsync(PortalUser user, string credentialJson, string name)
    {
        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signIn.PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            return (null, "La demande a expiré. Recommencez l'ajout de la clé.");
        }
        if (!attestation.Succeeded)
        {
            await journal.RecordAsync(SecurityEventKinds.PasskeyRefused, user.Id, Http.Connection.RemoteIpAddress, Short(attestation.Failure?.Message), ct: Http.RequestAborted);
            return (null, "Cette clé d'accès n'a pas pu être vérifiée. Recommencez, ou essayez un autre appareil.");
        }
        if (attestation.UserEntity.Id != user.Id) return (null, "Cette clé d'accès a été créée pour un autre compte.");
        attestation.Passkey.Name = name;
        return (attestation.Passkey, null);
    }

    private static string? Short(string? message) => message is null ? null : message.Length > 150 ? message[..150] : message;
}
