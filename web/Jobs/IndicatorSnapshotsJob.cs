using Ctg.Participation.Indicators;
using Ctg.Participation.Jobs;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Once per <see cref="IndicatorOptions.SnapshotHours"/>, on one instance (the lease is held until the next run is due
/// and never given back): stores every CTG's indicator snapshot and the department's, so the dashboards read figures
/// instead of computing them, and purges snapshots older than <see cref="IndicatorSnapshots.KeptFor"/>. Off when
/// snapshots are off (SnapshotHours 0) or jobs are (Jobs:Enabled false, the test host, which runs it by hand).
/// </summary>
public sealed class IndicatorSnapshotsJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<IndicatorOptions> options, ILogger<IndicatorSnapshotsJob> logger) : HourlyJob(logger)
{
    public const string Lease = "indicator-snapshots";

    public string Holder { get; } = JobHolder.Create(nameof(IndicatorSnapshotsJob));

    /// <summary>What one run did.</summary>
    public sealed record Run(int Stored, int Purged);

    protected override string FailureMessage => "Indicator snapshots failed; they will be tried again within the hour";

    protected override TimeSpan StartDelay => TimeSpan.FromMinutes(3);

    protected override Task AttemptAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>
    /// Computes and purges when no instance has done so within the last SnapshotHours (less a few minutes, so the
    /// hourly attempt that falls due is not skipped); null when skipped.
    /// </summary>
    public async Task<Run?> RunOnceAsync(CancellationToken ct = default)
    {
        var hours = options.Value.SnapshotHours;
        if (hours <= 0) return null;
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var until = clock.GetUtcNow() + TimeSpan.FromHours(hours) - TimeSpan.FromMinutes(5);
        if (!await leases.TryAcquireAsync(Lease, Holder, until, reentrant: false, ct)) return null;
        var snapshots = scope.ServiceProvider.GetRequiredService<IndicatorSnapshots>();
        var stored = await snapshots.ComputeAllAsync(ct);
        var purged = await snapshots.PurgeAsync(ct);
        Logger.LogInformation("Indicator snapshots: {Stored} stored, {Purged} older than a week purged", stored.Count, purged);
        return new Run(stored.Count, purged);
    }
}
