namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// The portal's only cookies, all strictly necessary, hardened the same way in one place. They are Secure whenever the
/// request came over HTTPS — in production always, TLS being terminated by the reverse proxy whose X-Forwarded-Proto
/// is honoured. "Always" would make the antiforgery system refuse every form of the plain-HTTP local demo
/// (http://localhost:5000), so the flag follows the request; the __Host- prefix, which needs Secure, is not used.
/// </summary>
public static class PortalCookies
{
    public const string Session = "ctg-session";
    public const string Antiforgery = "ctg-af";
    public const string TempData = "ctg-msg";

    public static void Harden(CookieBuilder cookie, SameSiteMode sameSite = SameSiteMode.Lax)
    {
        cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.HttpOnly = true;
        cookie.SameSite = sameSite;
        cookie.Path = "/";
    }
}
