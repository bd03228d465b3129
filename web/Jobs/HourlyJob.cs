namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// The loop every portal job shares: wait for start-up (migrations, demo data) to finish, then try once an hour. Each
/// attempt takes its job's lease in the database (<see cref="Ctg.Participation.Jobs.JobLeases"/>), so with several
/// instances one does the work; a failed attempt is logged and the next hour tries again.
/// </summary>
public abstract class HourlyJob(ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    protected virtual TimeSpan StartDelay => TimeSpan.FromMinutes(1);

    /// <summary>What the log says when an attempt fails (and when it will be tried again).</summary>
    protected abstract string FailureMessage { get; }

    /// <summary>One attempt; it decides itself, through its lease, whether there is anything to do.</summary>
    protected abstract Task AttemptAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(StartDelay, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await AttemptAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
#pragma warning disable CA2254 // the message is a constant of each job, not built from data
                Logger.LogError(ex, FailureMessage);
#pragma warning restore CA2254
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
