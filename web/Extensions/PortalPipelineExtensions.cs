using Microsoft.EntityFrameworkCore;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Ctg.Participation.Web.Walls;
using Ctg.Participation.Web.PublicContent;

namespace Ctg.Participation.Web.Extensions;

public static class PortalPipelineExtensions
{
    /// <summary>Migrations, roles and (when DemoData:Enabled) the demo department, before the first request.</summary>
    public static async Task PreparePortalAsync(this WebApplication app)
    {
        // Connects now (when Redis:Configuration is set) so that an unreachable Redis is logged at start-up, not at the first request.
        _ = app.Services.GetService<PortalRedis>()?.IsConnected;
        await using var scope = app.Services.CreateAsyncScope();
        // Pages give up on an unreachable PostgreSQL within Database:ConnectTimeoutSeconds; start-up (migrations) may wait longer.
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var pageConnectionString = db.Database.IsNpgsql() ? db.Database.GetConnectionString() : null;
        if (pageConnectionString is not null)
        {
            db.Database.SetConnectionString(DatabaseOutage.WithConnectTimeout(pageConnectionString, 15));
        }
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
        }
        catch (Exception ex)
        {
            app.Logger.LogCritical(ex, "The {Provider} database could not be prepared (ConnectionStrings:Default): {Reason}. The portal starts, /health reports it.",
                app.Configuration[PortalDatabase.ProviderKey] ?? "Sqlite", ex.GetBaseException().Message);
            return;
        }
        finally
        {
            // The context goes back to the pool: the pages' own connect timeout again.
            if (pageConnectionString is not null) db.Database.SetConnectionString(pageConnectionString);
        }
        if (app.Configuration.GetValue<bool>("DemoData:Enabled"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
            // DemoData:Contributions (default true): proposals, an answered initiative and a wall, so a first visit
            // shows a living portal. The tests turn it off to start from empty lists.
            if (app.Configuration.GetValue("DemoData:Contributions", true))
            {
                await scope.ServiceProvider.GetRequiredService<DemoContributions>().SeedAsync();
                await scope.ServiceProvider.GetRequiredService<Ctg.Participation.Reporting.DemoReports>().SeedAsync();
            }
        }
        try
        {
            await DatabaseStatistics.RefreshAsync(db);
        }
        catch (Exception ex)
        {
            // Pages only run slower without fresh statistics; the daily job tries again.
            app.Logger.LogWarning(ex, "The database statistics could not be refreshed at start-up: {Reason}", ex.GetBaseException().Message);
        }
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/erreur");
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UsePublicHostFilter();
        app.UseDatabaseOutagePage();
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(PortalCulture.French),
            SupportedCultures = [PortalCulture.French],
            SupportedUICultures = [PortalCulture.French],
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UsePublicPageCache();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(report.Status.ToString() + "\n" + string.Join("\n",
                    report.Entries.Select(e => $"{e.Key}: {e.Value.Status} — {e.Value.Description}")));
            },
        });
        // No database, no page: the ceiling the HTTP benchmark (bench/) compares every page with.
        app.MapGet("/ping", () => Results.Text("pong"));
        app.MapRazorPages();
        app.MapWalls();
        Ctg.Participation.Web.Portal.PortalBrandingEndpoints.MapPortalBranding(app);
        return app;
    }
}
