using System.Security.Claims;
using Ctg.Participation.Accounts;
using Ctg.Participation.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Ctg.Participation.Web.Accounts;

/// <summary>
/// Ties the session cookie to a server-side <see cref="UserSession"/>: a session is created at every sign-in (password,
/// second factor, passkey, any later scheme), its id travels in the signed cookie, and every request checks the row.
/// Revoking the row ends the session on the next request on every instance, whatever the cookie says.
/// </summary>
public static class SessionCookie
{
    public const string ClaimType = "ctg:sid";

    public static string? SessionId(ClaimsPrincipal? principal) => principal?.FindFirst(ClaimType)?.Value;

    /// <summary>On sign-in: a new session, or the current one when the same account refreshes its cookie.</summary>
    public static async Task OnSigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || SessionId(context.Principal) is not null) return;
        var userId = context.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return;
        var http = context.HttpContext;
        var sessions = http.RequestServices.GetRequiredService<UserSessions>();

        // RefreshSignInAsync (profile saved, password changed here) re-issues the cookie: keep the browser's session.
        var current = SessionId(http.User);
        if (current is not null && http.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId
            && await sessions.ValidateAsync(current, userId, http.RequestAborted))
        {
            identity.AddClaim(new Claim(ClaimType, current));
            return;
        }
        var client = http.Connection.RemoteIpAddress;
        var id = await sessions.StartAsync(userId, DeviceLabel.Of(http.Request.Headers.UserAgent), NetworkPrefix.Of(client), http.RequestAborted);
        identity.AddClaim(new Claim(ClaimType, id));
        var method = context.Principal.FindFirstValue("amr");
        await http.RequestServices.GetRequiredService<ISecurityJournal>()
            .RecordAsync(SecurityEventKinds.SignInSucceeded, userId, client, method, ct: http.RequestAborted);
    }

    /// <summary>On every request: the cookie's session must still be live, else the cookie is refused and cleared.</summary>
    public static async Task<bool> ValidateAsync(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return true;
        var http = context.HttpContext;
        var sessionId = SessionId(context.Principal);
        if (sessionId is not null && await http.RequestServices.GetRequiredService<UserSessions>().ValidateAsync(sessionId, userId, http.RequestAborted))
        {
            return true;
        }
        context.RejectPrincipal();
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        await http.RequestServices.GetRequiredService<ISecurityJournal>()
            .RecordAsync(SecurityEventKinds.SessionRefused, userId, http.Connection.RemoteIpAddress,
                sessionId is null ? "cookie sans session" : "session fermée", ct: http.RequestAborted);
        return false;
    }

    /// <summary>The security stamp check rebuilds the principal every half hour: the session id must survive it.</summary>
    public static Task KeepSessionOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        if (SessionId(context.CurrentPrincipal) is { } id && context.NewPrincipal?.Identity is ClaimsIdentity identity && SessionId(context.NewPrincipal) is null)
        {
            identity.AddClaim(new Claim(ClaimType, id));
        }
        return Task.CompletedTask;
    }
}
