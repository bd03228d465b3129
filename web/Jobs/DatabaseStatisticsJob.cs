using Ctg.Participation.Data;
using Ctg.Participation.Jobs;

namespace Ctg.Participation.Web.Jobs;

/// <summary>Once a day, on one instance (the day's lease): the planner's statistics follow the tables' growth.</summary>
public sealed class DatabaseStatisticsJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DatabaseStatisticsJob> logger) : HourlyJob(logger)
{
    public const string Lease = "database-statistics";

    public string Holder { get; } = JobHolder.Create(nameof(DatabaseStatisticsJob));

    protected override string FailureMessage => "Refreshing the database statistics failed; it will run again within the hour";

    protected override TimeSpan StartDelay => TimeSpan.FromMinutes(3);

    protected override Task AttemptAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>Refreshes when no instance has done so in the last 23 hours; false when skipped.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(Lease, Holder, clock.GetUtcNow().AddHours(23), reentrant: false, ct)) return false;
        await DatabaseStatistics.RefreshAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), ct);
        return true;
    }
}
