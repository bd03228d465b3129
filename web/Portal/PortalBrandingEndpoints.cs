using Ctg.Participation.Portal;

namespace Ctg.Participation.Web.Portal;

/// <summary>
/// The brand colour as a tiny stylesheet (the Content-Security-Policy forbids inline styles) and the uploaded logos.
/// </summary>
public static class PortalBrandingEndpoints
{
    public const string ColoursPath = "/portail/couleurs.css";
    public const string LogoPath = "/portail/logos/";

    public static WebApplication MapPortalBranding(this WebApplication app)
    {
        app.MapGet(ColoursPath, async (PortalIdentityService identities, HttpContext context) =>
        {
            var identity = await identities.GetAsync(context.RequestAborted);
            var c = identity.PrimaryColour;
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(
                $":root {{ --accent: {c}; --accent-fonce: {Contrast.Darker(c)}; --accent-clair: {Contrast.Tint(c)}; }}\n",
                "text/css; charset=utf-8");
        });
        app.MapGet(LogoPath + "{name}", (string name, PortalLogoStore logos, HttpContext context) =>
        {
            var stream = logos.Store.Open(name);
            if (stream is null) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Stream(stream, Ctg.Participation.Images.ImageStore.ContentTypeOf(name));
        });
        return app;
    }

    public static string LogoUrl(string fileName) => LogoPath + Uri.EscapeDataString(fileName);
}
