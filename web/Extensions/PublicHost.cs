using System.Net;
using Ctg.Participation.Notifications;
using Ctg.Participation.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// Who the portal believes about where a request came from. Outside Development, a request must name the public host
/// (Notifications:PublicUrl) or a loopback name (health checks from the machine itself); anything else is a 400, so a
/// forged Host never reaches a page. X-Forwarded-For/-Proto are read only from ForwardedHeaders:KnownProxies (IP
/// addresses) and ForwardedHeaders:KnownNetworks (CIDR), by default loopback only: the reverse proxy on the same machine.
/// </summary>
public static class PublicHost
{
    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders(ForwardedHeadersFrom(app.Configuration));
        return app;
    }

    public static ForwardedHeadersOptions ForwardedHeadersFrom(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        if (proxies.Length == 0 && networks.Length == 0)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("127.0.0.0/8"));
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
        }
        return options;
    }

    public static bool IsAllowed(string host, string publicHost) =>
        string.Equals(host, publicHost, StringComparison.OrdinalIgnoreCase)
        || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>Refuses, outside Development, a request whose Host is neither the public host nor loopback.</summary>
    public static WebApplication UsePublicHostFilter(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return app;
        app.Use(async (context, next) =>
        {
            var publicHost = new Uri(context.RequestServices.GetRequiredService<IOptions<NotificationOptions>>().Value.PublicUrl).Host;
            var host = context.Request.Host.Host;
            if (IsAllowed(host, publicHost))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Requête refusée : adresse du site inconnue.");
            await JournalOncePerHourAsync(context, host);
        });
        return app;
    }

    /// <summary>One journal line per network and hour: a scanner must not fill the journal.</summary>
    private static async Task JournalOncePerHourAsync(HttpContext context, string host)
    {
        var client = context.Connection.RemoteIpAddress;
        var cache = context.RequestServices.GetRequiredService<IMemoryCache>();
        var key = "forged-host:" + NetworkPrefix.Of(client);
        if (cache.TryGetValue(key, out _)) return;
        cache.Set(key, true, TimeSpan.FromHours(1));
        await context.RequestServices.GetRequiredService<ISecurityJournal>()
            .RecordAsync(SecurityEventKinds.ForgedHost, null, client, "Host: " + host, ct: context.RequestAborted);
    }
}
