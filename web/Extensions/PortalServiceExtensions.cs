using System.Globalization;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Mail;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Indicators;
using Ctg.Participation.Web.Initiatives;
using Ctg.Participation.Web.Jobs;
using Ctg.Participation.Web.Proposals;
using Ctg.Participation.Web.PublicContent;
using Ctg.Participation.Web.Surveys;
using Ctg.Participation.Web.Walls;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace Ctg.Participation.Web.Extensions;

public static class PortalServiceExtensions
{
    /// <summary>Everything the portal registers, one call per concern.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        CultureInfo.DefaultThreadCurrentCulture = PortalCulture.French;
        CultureInfo.DefaultThreadCurrentUICulture = PortalCulture.French;

        // No "Server: Kestrel": nothing tells a visitor which server software to aim at.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var services = builder.Services;
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        var provider = PortalDatabase.Parse(configuration[PortalDatabase.ProviderKey]);
        services.AddPortalData(provider, provider == DatabaseProvider.Postgres
            ? DatabaseOutage.TunePostgres(configuration.GetConnectionString("Default") ?? throw new InvalidOperationException(
                "Database:Provider is Postgres but ConnectionStrings:Default is empty (e.g. Host=…;Database=…;Username=…;Password=…)."),
                configuration.GetValue("Database:ConnectTimeoutSeconds", 1))
            : SqliteConnectionString(configuration.GetConnectionString("Default"), contentRoot));
        services.AddConventions();
        Ctg.Participation.Portal.PortalFeature.AddPortalBranding(services);
        services.AddAccounts();
        services.AddProposalsFeature(configuration, contentRoot);
        services.AddInitiativesAndRoutingFeature();
        services.AddIndicatorsFeature(configuration);
        services.AddGovernance();
        Ctg.Participation.Web.Reporting.ReportingWebExtensions.AddReportingFeature(services, configuration);
        services.AddSurveysFeature();
        Ctg.Participation.Web.DepartmentNetwork.DepartmentNetworkWebExtensions.AddDepartmentNetworkFeature(services);
        Ctg.Participation.ActionPlan.ActionPlanFeature.AddActionPlan(services);
        Ctg.Participation.ServiceDirectory.ServiceDirectoryFeature.AddServiceDirectory(services);
        Ctg.Participation.Web.Cooperation.CooperationWebExtensions.AddCooperationFeature(services, configuration, contentRoot);

        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.PostConfigure<MailOptions>(mail => mail.PickupDirectory = Path.GetFullPath(mail.PickupDirectory, contentRoot));

        services.AddDataProtection()
            .SetApplicationName("Ctg.Participation")
            .PersistKeysToDbContext<PortalDbContext>();

        services.AddPortalIdentity();
        Ctg.Participation.Web.ExternalIdentities.ExternalSignInExtensions.AddExternalSignIn(services, configuration);
        services.AddPortalAuthorization();
        services.AddPortalRateLimits(configuration);
        services.AddPortalPages();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", timeout: TimeSpan.FromSeconds(1.8));
        services.AddPortalJobs(configuration);
        services.AddPortalDatabaseResilience(); // before the features' hub filters: it wraps them
        services.AddWallsWeb(configuration);
        services.AddPortalScaleOut(configuration);
        services.AddPublicPageCache(configuration);
        return builder;
    }

    /// <summary>A relative SQLite file is taken relative to the content root, not to wherever the process started.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=data/ctg-participation.db");
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        }
        // Wait for a concurrent writer rather than fail at once.
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }
}
