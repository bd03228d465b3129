using Ctg.Participation.Data;

namespace Ctg.Participation.Web.Jobs;

/// <summary>Once a day, on one instance (the day's lease): the planner's statistics follow the tables' growth.</summary>
public sealed class DatabaseStatisticsJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DatabaseStatisticsJob> logger)
    : LeasedJob<bool>(scopes, clock, logger)
{
    public const string Lease = "database-statistics";

    protected override string LeaseName => Lease;

    protected override string FailureMessage => "Refreshing the database statistics failed; it will run again within the hour";

    protected override TimeSpan StartDelay => TimeSpan.FromMinutes(3);

    /// <summary>True: refreshed (false from <see cref="LeasedJob{TRun}.RunOnceAsync"/> when skipped).</summary>
    protected override async Task<bool> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        await DatabaseStatistics.RefreshAsync(services.GetRequiredService<PortalDbContext>(), ct);
        return true;
    }
}
