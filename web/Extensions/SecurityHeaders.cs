namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// Headers on every response. The Content-Security-Policy allows no inline script or style: every script is a file
/// under wwwroot, which is the second layer behind sanitising and encoding.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy with the configured identity providers' origins added to form-action: the sign-in and sign-out buttons
    /// are forms whose answer redirects to the provider, which Chromium checks against form-action.
    /// </summary>
    public static string PolicyFor(IEnumerable<string> providerAuthorities)
    {
        var origins = providerAuthorities.Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null)
            .Where(o => o is not null).Distinct().ToList();
        return origins.Count == 0 ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'self' " + string.Join(' ', origins), StringComparison.Ordinal);
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = PolicyFor(app.ApplicationServices.GetService<Ctg.Participation.Web.ExternalIdentities.ExternalProviderRegistry>()?
            .Providers.Select(p => p.Authority) ?? []);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
