using System.Text.Encodings.Web;
using Ctg.Participation.Data;
using Microsoft.AspNetCore.SignalR;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// When the database cannot be reached, pages answer a French 503 page with <c>Retry-After</c> (within the connect
/// timeout, <c>Database:ConnectTimeoutSeconds</c>) instead of a 500 or a hang, and hub calls are refused with a French
/// message the wall shows (its offline queue keeps the change and sends it again). Nothing is acknowledged before it
/// is stored, so nothing acknowledged is lost; resending is safe (operation ids). When the database answers again the
/// portal resumes by itself: broken pooled connections are dropped on the first failure.
/// </summary>
public static class DatabaseOutageExtensions
{
    public const int RetryAfterSeconds = 5;

    public const string HubMessage =
        "Le portail ne joint plus sa base de données pour le moment : cette modification n'est pas encore enregistrée. "
        + "Elle sera renvoyée automatiquement dès que possible.";

    /// <summary>Registered before the features' hub filters, so that it wraps them.</summary>
    public static IServiceCollection AddPortalDatabaseResilience(this IServiceCollection services)
    {
        services.AddSignalR(hub => hub.AddFilter<DatabaseOutageHubFilter>());
        return services;
    }

    public static WebApplication UseDatabaseOutagePage(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (DatabaseOutage.IsOutage(ex) && !context.Response.HasStarted)
            {
                DatabaseOutage.Recover(ex);
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseOutageExtensions))
                    .LogError("Database unavailable for {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, ex.GetBaseException().Message);
                await WriteOutagePageAsync(context);
            }
        });
        return app;
    }

    /// <summary>A page that needs no database (the layout's CTG chooser does): plain HTML with the portal's stylesheet.</summary>
    private static async Task WriteOutagePageAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        var back = HtmlEncoder.Default.Encode(context.Request.Path + context.Request.QueryString);
        await context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Service momentanément indisponible — Ctg.Participation</title>
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
            <main id="contenu" class="container">
            <h1>Service momentanément indisponible</h1>
            <p>Le portail ne joint plus sa base de données pour le moment. Rien de ce que vous venez d'envoyer n'a été enregistré à moitié.</p>
            <p>Réessayez dans quelques secondes : <a href="{{back}}">recharger la page</a>.</p>
            </main>
            </body>
            </html>
            """);
    }
}

/// <summary>A hub call that meets a database outage is refused with a French message instead of a generic error.</summary>
public sealed class DatabaseOutageHubFilter(ILogger<DatabaseOutageHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        catch (Exception ex) when (ex is not HubException && DatabaseOutage.IsOutage(ex))
        {
            DatabaseOutage.Recover(ex);
            logger.LogError("Database unavailable for hub method {Method}: {Reason}", invocation.HubMethodName, ex.GetBaseException().Message);
            throw new HubException(DatabaseOutageExtensions.HubMessage);
        }
    }
}
