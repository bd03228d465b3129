using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Ctg.Participation.Web.PublicContent;

/// <summary>
/// Anonymous GETs of the public pages come from the output cache; everyone signed in, anyone holding a one-time
/// message, and any response that sets a cookie or forbids storing (an antiforgery token) is served fresh.
/// </summary>
public sealed class PublicPagePolicy(TimeSpan lifetime) : IOutputCachePolicy
{
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var tags = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !request.Cookies.ContainsKey(Extensions.PortalCookies.TempData)
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
                ? PublicPageRoutes.TagsFor(request.Path.Value ?? "/", request.Query)
                : null;
        if (tags is null) return ValueTask.CompletedTask;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        foreach (var tag in tags) context.Tags.Add(tag);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Any(cookie => !IsTempDataCleanUp(cookie))
            || response.Headers.CacheControl.Any(v => v?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Every page reads the one-time message (TempData) in the layout, and the cookie TempData provider then answers
    /// with an expired « ctg-msg » cookie even when the visitor had none: harmless for anybody, so such a page may be
    /// kept. Any other cookie (antiforgery, sign-in) makes the response personal.
    /// </summary>
    private static bool IsTempDataCleanUp(string? cookie) =>
        cookie is not null && cookie.StartsWith(Extensions.PortalCookies.TempData + "=;", StringComparison.Ordinal)
        && cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
}
