using Ctg.Participation.Indicators;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Once per <see cref="IndicatorOptions.SnapshotHours"/>, on one instance (the lease is held until the next run is due
/// and never given back): stores every CTG's indicator snapshot and the department's, so the dashboards read figures
/// instead of computing them, and purges snapshots older than <see cref="IndicatorSnapshots.KeptFor"/>. Off when
/// snapshots are off (SnapshotHours 0) or jobs are (Jobs:Enabled false, the test host, which runs it by hand).
/// </summary>
public sealed class IndicatorSnapshotsJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<IndicatorOptions> options, ILogger<IndicatorSnapshotsJob> logger)
    : LeasedJob<IndicatorSnapshotsJob.Run>(scopes, clock, logger)
{
    public const string Lease = "indicator-snapshots";

    /// <summary>What one run did.</summary>
    public sealed record Run(int Stored, int Purged);

    protected override string LeaseName => Lease;

    protected override string FailureMessage => "Indicator snapshots failed; they will be tried again within the hour";

    protected override TimeSpan StartDelay => TimeSpan.FromMinutes(3);

    /// <summary>
    /// Held for SnapshotHours less a few minutes, so the hourly attempt that falls due is not skipped; nothing to do when
    /// snapshots are off.
    /// </summary>
    protected override DateTimeOffset? LeaseUntil(DateTimeOffset now) =>
        options.Value.SnapshotHours is var hours and > 0 ? now + TimeSpan.FromHours(hours) - TimeSpan.FromMinutes(5) : null;

    protected override async Task<Run> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var snapshots = services.GetRequiredService<IndicatorSnapshots>();
        var stored = await snapshots.ComputeAllAsync(ct);
        var purged = await snapshots.PurgeAsync(ct);
        Logger.LogInformation("Indicator snapshots: {Stored} stored, {Purged} older than a week purged", stored.Count, purged);
        return new Run(stored.Count, purged);
    }
}
