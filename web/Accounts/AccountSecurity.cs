using System.Security.Claims;
using Ctg.Participation.Accounts;
using Ctg.Participation.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Web.Accounts;

/// <summary>
/// The account rules that must not leak who is registered, and the session endings that go with sensitive changes.
/// An unknown address costs the same password hash as a known one; a locked account answers exactly like a wrong
/// password; every outcome is written to the security journal.
/// </summary>
public sealed class AccountSecurity(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher,
    UserSessions sessions, ISecurityJournal journal, IHttpContextAccessor accessor, Ctg.Participation.Data.PortalDbContext db)
{
    /// <summary>The one answer to a refused sign-in, whether the address is unknown, the password wrong or the account locked.</summary>
    public const string RefusedMessage =
        "Adresse électronique ou mot de passe incorrect. Après 5 essais infructueux, le compte est verrouillé pour 15 minutes : " +
        "patientez, ou choisissez un nouveau mot de passe avec « Mot de passe oublié ».";

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), "pas un vrai mot de passe, jamais"));

    private HttpContext Http => accessor.HttpContext!;

    public async Task<SignInResult> PasswordSignInAsync(string email, string password, bool remember)
    {
        var client = Http.Connection.RemoteIpAddress;
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            BurnHash(password);
            await MimicFailedAttemptAsync(email);
            await journal.RecordAsync(SecurityEventKinds.SignInFailed, null, client, "adresse inconnue", ct: Http.RequestAborted);
            return SignInResult.Failed;
        }
        if (await users.IsLockedOutAsync(user))
        {
            // Identity answers a locked account before hashing: spend what a wrong password costs, so the time says nothing.
            BurnHash(password);
            await MimicFailedAttemptAsync(email);
            await journal.RecordAsync(SecurityEventKinds.SignInFailed, user.Id, client, "compte verrouillé", ct: Http.RequestAborted);
            return SignInResult.LockedOut;
        }
        if (!user.EmailConfirmed)
        {
            // Say "not confirmed" only to whoever knows the password: the address alone reveals nothing.
            var correct = await users.CheckPasswordAsync(user, password);
            await journal.RecordAsync(SecurityEventKinds.SignInFailed, user.Id, client, "adresse non confirmée", ct: Http.RequestAborted);
            return correct ? SignInResult.NotAllowed : SignInResult.Failed;
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await journal.RecordAsync(SecurityEventKinds.LockedOut, user.Id, client, ct: Http.RequestAborted);
        }
        else if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            await journal.RecordAsync(SecurityEventKinds.SignInFailed, user.Id, client, "mot de passe incorrect", ct: Http.RequestAborted);
        }
        return result;
    }

    /// <summary>
    /// What a wrong password costs a real account besides the hash: Identity's update re-checks the name and address
    /// are unique (two reads) and writes the failure count. The same reads and a write that changes nothing.
    /// </summary>
    private async Task MimicFailedAttemptAsync(string email)
    {
        await users.FindByNameAsync(email);
        await users.FindByEmailAsync(email);
        var nobody = "absent:" + email;
        await db.Users.Where(u => u.Id == nobody)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), Http.RequestAborted);
    }

    /// <summary>The cost of a password check, spent on nothing: unknown addresses take as long as known ones.</summary>
    public void BurnHash(string password) => hasher.VerifyHashedPassword(new PortalUser(), DummyHash.Value, password);

    /// <summary>Signs this browser out and ends its server-side session.</summary>
    public async Task SignOutAsync()
    {
        var userId = Http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (SessionCookie.SessionId(Http.User) is { } sessionId) await sessions.RevokeAsync(sessionId, Http.RequestAborted);
        await signIn.SignOutAsync();
        if (userId is not null) await journal.RecordAsync(SecurityEventKinds.SignedOut, userId, Http.Connection.RemoteIpAddress, ct: Http.RequestAborted);
    }

    /// <summary>
    /// After a change that must shut out whoever else holds a session (password, second factor, passkey): every other
    /// session of the account ends; this browser keeps its own when <paramref name="keepThisBrowser"/>.
    /// </summary>
    public async Task EndOtherSessionsAsync(PortalUser user, string kind, string? detail = null, bool keepThisBrowser = true)
    {
        var keep = keepThisBrowser ? SessionCookie.SessionId(Http.User) : null;
        await users.UpdateSecurityStampAsync(user);
        var ended = await sessions.RevokeAllAsync(user.Id, keep, Http.RequestAborted);
        var client = Http.Connection.RemoteIpAddress;
        await journal.RecordAsync(kind, user.Id, client, detail, ct: Http.RequestAborted);
        if (ended > 0)
        {
            await journal.RecordAsync(SecurityEventKinds.SessionsRevoked, user.Id, client, $"{ended} session(s) fermée(s)", ct: Http.RequestAborted);
        }
        if (keepThisBrowser && Http.User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id) await signIn.RefreshSignInAsync(user);
    }

    public Task RecordAsync(string kind, string? userId, string? detail = null) =>
        journal.RecordAsync(kind, userId, Http.Connection.RemoteIpAddress, detail, ct: Http.RequestAborted);
}
