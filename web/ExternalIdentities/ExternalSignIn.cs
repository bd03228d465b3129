using System.Security.Claims;
using Ctg.Participation.Accounts;
using Ctg.Participation.ExternalIdentities;
using Ctg.Participation.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Ctg.Participation.Web.ExternalIdentities;

/// <summary>
/// What a checked answer from a provider becomes. A known identity signs its account in; an unknown one never takes
/// over an account because the addresses match: the person either proves they own that account (its password) or
/// creates a new one with a display name of their choice. Nothing is written before that choice.
/// </summary>
public sealed class ExternalSignIn(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, VerifiedIdentities verified, ExternalProviderRegistry registry,
    ISecurityJournal journal, AccountActivity activity, IHttpContextAccessor accessor, TimeProvider clock)
{
    /// <summary>The provider's answer, kept in Identity's external cookie (5 minutes) until the person decides.</summary>
    public sealed record Pending(string Scheme, string ProviderName, string Subject, string? Email, bool EmailVerified, string? IdToken, string? LinkUserId)
    {
        public bool IsFranceConnect => Scheme == ExternalProvider.FranceConnectScheme;
    }

    public enum Outcome { SignedIn, RequiresTwoFactor, Refused }

    private HttpContext Http => accessor.HttpContext!;

    public async Task<Pending?> ReadAsync()
    {
        var result = await Http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!result.Succeeded || result.Principal is null || result.Properties is null) return null;
        var scheme = result.Properties.Items.TryGetValue("LoginProvider", out var s) ? s : null;
        var subject = result.Principal.FindFirstValue("sub");
        if (scheme is null || registry.Find(scheme) is null || string.IsNullOrEmpty(subject)) return null;
        var email = result.Principal.FindFirstValue("email")?.Trim();
        var emailVerified = scheme != ExternalProvider.GenericScheme || result.Principal.FindFirstValue("email_verified") == "true";
        result.Properties.Items.TryGetValue(ExternalSignInExtensions.LinkUserItem, out var link);
        return new Pending(scheme, registry.NameOf(scheme), subject, string.IsNullOrEmpty(email) ? null : email, emailVerified,
            result.Properties.GetTokenValue(OpenIdConnectParameterNames.IdToken), link);
    }

    public Task<PortalUser?> FindLinkedAsync(Pending pending) => users.FindByLoginAsync(pending.Scheme, pending.Subject);

    /// <summary>An account that already uses the provider's address: it may only be linked with its password.</summary>
    public async Task<PortalUser?> FindByAddressAsync(Pending pending) => pending.Email is null ? null : await users.FindByEmailAsync(pending.Email);

    /// <summary>Signs the linked account in; the ID token is kept in the session cookie for the provider's logout.</summary>
    public async Task<Outcome> SignInAsync(PortalUser user, Pending pending)
    {
        if (await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            await RecordAsync(SecurityEventKinds.SignInFailed, user.Id, $"{pending.ProviderName} : compte verrouillé ou non confirmé");
            return Outcome.Refused;
        }
        if (pending.IsFranceConnect) await verified.MarkVerifiedAsync(user.Id, Http.RequestAborted);
        // ProConnect is the agent's strong professional sign-in; FranceConnect and the department's provider do not
        // replace an authenticator app the person turned on.
        if (user.TwoFactorEnabled && pending.Scheme != ExternalProvider.ProConnectScheme)
        {
            var result = await signIn.ExternalLoginSignInAsync(pending.Scheme, pending.Subject, isPersistent: false, bypassTwoFactor: false);
            await Http.SignOutAsync(IdentityConstants.ExternalScheme);
            return result.RequiresTwoFactor ? Outcome.RequiresTwoFactor : result.Succeeded ? Outcome.SignedIn : Outcome.Refused;
        }
        var properties = new AuthenticationProperties();
        if (pending.IdToken is not null) properties.StoreTokens([new AuthenticationToken { Name = OpenIdConnectParameterNames.IdToken, Value = pending.IdToken }]);
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInWithClaimsAsync(user, properties, [new Claim("amr", pending.Scheme)]);
        await Http.SignOutAsync(IdentityConstants.ExternalScheme);
        await activity.TouchAsync(user.Id, Http.RequestAborted);
        return Outcome.SignedIn;
    }

    /// <summary>Links the provider's identity to an account whose owner just proved it (signed in, or its password).</summary>
    public async Task<IdentityResult> LinkAsync(PortalUser user, Pending pending)
    {
        var added = await users.AddLoginAsync(user, new UserLoginInfo(pending.Scheme, pending.Subject, pending.ProviderName));
        if (!added.Succeeded) return added;
        if (pending.IsFranceConnect) await verified.MarkVerifiedAsync(user.Id, Http.RequestAborted);
        await RecordAsync(SecurityEventKinds.IdentityLinked, user.Id, pending.ProviderName);
        return added;
    }

    /// <summary>
    /// A new account for a first sign-in: the provider's address (checked by the provider), the display name the person
    /// chose, no password (they may set one later with « Mot de passe oublié »). All or nothing.
    /// </summary>
    public async Task<(PortalUser? User, IdentityResult Result)> CreateAsync(Pending pending, string displayName, string? municipality)
    {
        var now = clock.GetUtcNow();
        var user = new PortalUser
        {
            UserName = pending.Email, Email = pending.Email, EmailConfirmed = true, DisplayName = displayName,
            MunicipalityInseeCode = municipality, CreatedAt = now, LastSeenAt = now,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return (null, created);
        var role = await users.AddToRoleAsync(user, PortalRoles.Resident);
        var linked = role.Succeeded ? await users.AddLoginAsync(user, new UserLoginInfo(pending.Scheme, pending.Subject, pending.ProviderName)) : role;
        if (!linked.Succeeded)
        {
            // The same identity created an account a moment ago (double click): undo this one.
            await users.DeleteAsync(user);
            return (null, linked);
        }
        if (pending.IsFranceConnect) await verified.MarkVerifiedAsync(user.Id, Http.RequestAborted);
        await RecordAsync(SecurityEventKinds.IdentityLinked, user.Id, $"{pending.ProviderName} : compte créé");
        return (user, created);
    }

    /// <summary>Unlinks a provider; refused when it is the account's only way in (no password, no other identity).</summary>
    public async Task<string?> UnlinkAsync(PortalUser user, string scheme)
    {
        var logins = await users.GetLoginsAsync(user);
        var login = logins.FirstOrDefault(l => l.LoginProvider == scheme);
        if (login is null) return "Cette identité n'est pas liée à votre compte.";
        if (logins.Count == 1 && !await users.HasPasswordAsync(user) && (await users.GetPasskeysAsync(user)).Count == 0)
        {
            return $"{ExternalProvider.NameOf(scheme, login.ProviderDisplayName)} est votre seul moyen de connexion : choisissez d'abord un mot de passe (« Mot de passe oublié » sur la page de connexion), puis retirez-la.";
        }
        var removed = await users.RemoveLoginAsync(user, scheme, login.ProviderKey);
        if (!removed.Succeeded) return "Cette identité n'a pas pu être retirée. Réessayez.";
        if (scheme == ExternalProvider.FranceConnectScheme) await verified.ClearAsync(user.Id, Http.RequestAborted);
        await RecordAsync(SecurityEventKinds.IdentityUnlinked, user.Id, ExternalProvider.NameOf(scheme, login.ProviderDisplayName));
        return null;
    }

    public Task RecordAsync(string kind, string? userId, string? detail) =>
        journal.RecordAsync(kind, userId, Http.Connection.RemoteIpAddress, detail, ct: Http.RequestAborted);
}
