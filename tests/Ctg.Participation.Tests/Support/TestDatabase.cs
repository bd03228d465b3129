using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ctg.Participation.Tests.Support;

/// <summary>
/// The library's services on a real SQLite database (in memory, kept open for the test), migrated like production,
/// with a fake clock and a mail sender that records what it sends. No web host.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    public RecordingMailSender Mail { get; } = new();
    public ServiceProvider Services { get; }

    private TestDatabase()
    {
        connection.Open();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<PortalDbContext>(o => o.UseSqlite(connection));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IMailSender>(Mail);
        services.AddIdentityCore<PortalUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddPasswordValidator<PortalPasswordValidator>();
        services.AddScoped<DatabaseStartup>();
        services.AddScoped<DemoDataSeeder>();
        services.AddConventions();
        services.AddAccounts();
        Services = services.BuildServiceProvider();
    }

    public static async Task<TestDatabase> CreateAsync(bool withDemoData = true)
    {
        var database = new TestDatabase();
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
        if (withDemoData) await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        return database;
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task RunAsync(Func<IServiceProvider, Task> work) => RunAsync(async sp => { await work(sp); return true; });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await connection.DisposeAsync();
    }
}

public sealed class RecordingMailSender : IMailSender
{
    private readonly List<PortalMail> sent = [];
    public IReadOnlyList<PortalMail> Sent { get { lock (sent) return [.. sent]; } }

    public Task SendAsync(PortalMail mail, CancellationToken cancellationToken = default)
    {
        lock (sent) sent.Add(mail);
        return Task.CompletedTask;
    }
}
