using Ctg.Participation.Accounts;

namespace Ctg.Participation.Web.Jobs;

/// <summary>Once a day: warn accounts inactive for almost two years, delete those warned a month ago and still away.</summary>
public sealed class InactiveAccountsJob(IServiceScopeFactory scopes, ILogger<InactiveAccountsJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up (migrations, demo data) finish first.
        await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<InactiveAccountSweeper>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Inactive account sweep failed; it will run again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

public static class JobsExtensions
{
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("Jobs:Enabled", true))
        {
            services.AddHostedService<InactiveAccountsJob>();
            services.AddHostedService<NotificationDigestJob>();
        }
        return services;
    }
}
