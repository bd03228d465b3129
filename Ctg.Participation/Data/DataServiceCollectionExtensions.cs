using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Ctg.Participation.Demo;
using Ctg.Participation.Mail;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database (SQLite by default) and what runs at start-up.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<PortalDbContext>(options => options.UseSqlite(connectionString, sqlite =>
            sqlite.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName)));
        services.AddScoped<DatabaseStartup>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoContributions>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PortalHtmlSanitizer>();
        services.AddSingleton<IMailSender, MailKitMailSender>();
        return services;
    }

    /// <summary>The CTG feature: its directory of CTGs and the back-office access rules.</summary>
    public static IServiceCollection AddConventions(this IServiceCollection services)
    {
        services.AddScoped<ConventionDirectory>();
        services.AddScoped<ConventionAccess>();
        services.AddScoped<ConventionBackOffice>();
        return services;
    }

    /// <summary>The accounts feature: personal data export, settings, inactivity rule.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<IPersonalDataSource, AccountPersonalData>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PortalSettings>();
        services.AddScoped<AccountActivity>();
        services.AddScoped<InactiveAccountSweeper>();
        services.AddScoped<StaffAdministration>();
        return services;
    }
}
