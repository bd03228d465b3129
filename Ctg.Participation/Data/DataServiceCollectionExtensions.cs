using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Demo;
using Ctg.Participation.Mail;
using Ctg.Participation.PublicContent;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database (SQLite by default) and what runs at start-up.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, string connectionString) =>
        services.AddPortalData(DatabaseProvider.Sqlite, connectionString);

    /// <summary>
    /// The database on the chosen provider. SQLite's migrations live in this assembly (Data/Migrations), PostgreSQL's in
    /// Ctg.Participation.Postgres (the same model, its own migration set; see scripts/add-migration.sh).
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite) SqliteProcessSettings.Apply();
        services.AddPublicContent();
        // Pooled, with its options built once: building the options and a fresh context for every request cost a
        // tenth of an anonymous page's time (measured with dotnet-trace under wrk). The interceptors are singletons.
        services.AddDbContextPool<PortalDbContext>((provider_, options) => UsePortalDatabase(options, provider, connectionString)
            .AddInterceptors(provider_.GetRequiredService<PublicContent.PublicContentChangeInterceptor>()));
        services.AddScoped<DatabaseStartup>();
        services.AddScoped<Jobs.JobLeases>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoContributions>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PortalHtmlSanitizer>();
        services.AddSingleton<IMailSender, MailKitMailSender>();
        return services;
    }

    private static readonly SqliteConnectionTuning MmapTuning = new();

    public static DbContextOptionsBuilder UsePortalDatabase(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, npgsql =>
                npgsql.MigrationsAssembly(PortalDatabase.PostgresMigrationsAssembly)),
            _ => options.UseSqlite(connectionString, sqlite =>
                sqlite.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName)).AddInterceptors(MmapTuning),
        };

    /// <summary>The CTG feature: its directory of CTGs and the back-office access rules.</summary>
    public static IServiceCollection AddConventions(this IServiceCollection services)
    {
        services.AddConventionsPublicContent();
        services.AddScoped<ConventionDirectory>();
        // One copy of the CTGs, axes and communes per instance, forgotten when any of them changes.
        services.AddSingleton<TerritoryCatalogue>();
        services.AddSingleton<PublicContent.IPublicContentListener>(provider => provider.GetRequiredService<TerritoryCatalogue>());
        services.AddScoped<ConventionAccess>();
        services.AddScoped<ConventionBackOffice>();
        services.AddPermissions(ConventionPermissions.Feature, ConventionPermissions.Declared);
        return services;
    }

    /// <summary>The accounts feature: personal data export, settings, inactivity rule.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddAccountsPublicContent();
        services.AddScoped<IPersonalDataSource, AccountPersonalData>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PortalSettings>();
        services.AddScoped<AccountActivity>();
        services.AddScoped<InactiveAccountSweeper>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<UserSessions>();
        Security.SecurityFeature.AddSecurity(services);
        return services;
    }
}
