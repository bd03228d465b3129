using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Every hour: sends the notification digests that are due (daily or weekly, per person). Once a day: gives each
/// coordinator one summary of the reports waiting in their CTGs.
/// </summary>
public sealed class NotificationDigestJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NotificationDigestJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        DateOnly? lastSummary = null;
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                if (lastSummary != today)
                {
                    // Published before the digests run, so the summary travels in today's digest.
                    await scope.ServiceProvider.GetRequiredService<ProposalModeration>().NotifyPendingReportsAsync(stoppingToken);
                    lastSummary = today;
                }
                await scope.ServiceProvider.GetRequiredService<NotificationDigest>().RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Notification digest failed; it will run again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
