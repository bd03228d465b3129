using Ctg.Participation.Accounts;
using Ctg.Participation.Jobs;
using Ctg.Participation.Security;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Once a day, on one instance (the day's lease): deletes security journal lines older than a year, and sessions that
/// no cookie can use any more (revoked or unseen for longer than a cookie lives).
/// </summary>
public sealed class SecurityJournalPurgeJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SecurityJournalPurgeJob> logger) : BackgroundService
{
    public const string Lease = "security-journal-purge";

    public string Holder { get; } = JobHolder.Create(nameof(SecurityJournalPurgeJob));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromMinutes(2), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Security journal purge failed; it will run again within the hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Purges when no instance has done so in the last 23 hours; returns the number of journal lines deleted, or null when skipped.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(Lease, Holder, clock.GetUtcNow().AddHours(23), reentrant: false, ct)) return null;
        var deleted = await scope.ServiceProvider.GetRequiredService<SecurityJournalPurge>().RunAsync(ct);
        await scope.ServiceProvider.GetRequiredService<UserSessions>().PurgeAsync(TimeSpan.FromDays(15), ct);
        if (deleted > 0) logger.LogInformation("Security journal: {Count} line(s) older than a year deleted", deleted);
        return deleted;
    }
}
