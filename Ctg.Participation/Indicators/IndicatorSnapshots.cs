using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators.Participation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Indicators;

/// <summary>
/// The stored figures of the dashboards' default views: a CTG, or the department, from 1 January to today (Paris).
/// Computing a CTG's catalogue costs about a second at department scale and the department table ten times that, so
/// the background job stores them once per <see cref="IndicatorOptions.SnapshotHours"/>, and a page reads the newest
/// one, computing and storing it when there is none that young. Filtered views (another period, an axis, a commune)
/// are always computed live. Every page states when its figures were computed.
/// </summary>
public sealed class IndicatorSnapshots(
    PortalDbContext db,
    IndicatorReport report,
    ParticipantsByMunicipality communes,
    IndicatorScopes scopes,
    IOptions<IndicatorOptions> options,
    TimeProvider clock,
    IndicatorSnapshotMemo? memo = null)
{
    /// <summary>Snapshots older than this are purged by the job.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    /// <summary>Stored figures, raw: present them with <see cref="Report"/> and <see cref="Communes"/>.</summary>
    public sealed record Snapshot(IndicatorScope Scope, DateTimeOffset ComputedAt, IReadOnlyList<IndicatorReport.Measure> Measures, IReadOnlyList<ParticipantsByMunicipality.CommuneCount> CommuneCounts);

    /// <summary>Off when <see cref="IndicatorOptions.SnapshotHours"/> is 0: every view is computed live.</summary>
    public bool Enabled => options.Value.SnapshotHours > 0;

    public TimeSpan MaximumAge => TimeSpan.FromHours(Math.Max(0, options.Value.SnapshotHours));

    /// <summary>What a snapshot covers: the whole CTG (or department, <paramref name="conventionId"/> null) on the default period.</summary>
    public IndicatorScope DefaultScope(int? conventionId)
    {
        var (from, to) = scopes.DefaultPeriod();
        return new IndicatorScope(conventionId, from, to);
    }

    /// <summary>True when a page asking for <paramref name="scope"/> reads a snapshot rather than computing.</summary>
    public bool Covers(IndicatorScope scope) => Enabled && scope == DefaultScope(scope.ConventionId);

    /// <summary>
    /// The newest snapshot of this year for the scope, whatever its age (its period ends on the day it was computed),
    /// or null when there is none the catalogue can read.
    /// </summary>
    public async Task<Snapshot?> LatestAsync(int? conventionId, CancellationToken ct = default)
    {
        var from = DefaultScope(conventionId).From;
        var row = await db.IndicatorSnapshots.AsNoTracking()
            .Where(s => s.ConventionId == conventionId && s.From == from)
            .OrderByDescending(s => s.ComputedAt)
            .Select(s => new { s.Id, s.ConventionId, s.From, s.To, s.ComputedAt })
            .FirstOrDefaultAsync(ct);
        if (row is null) return null;
        if (memo?.Find(row.Id, row.ComputedAt) is { } kept) return kept;
        var json = await db.IndicatorSnapshots.AsNoTracking().Where(s => s.Id == row.Id).Select(s => s.Content).SingleOrDefaultAsync(ct);
        if (json is null || IndicatorSnapshotContent.Read(json) is not { } content) return null;
        if (content.Measures(report.Definitions) is not { } measures) return null;
        var snapshot = new Snapshot(new IndicatorScope(row.ConventionId, row.From, row.To), row.ComputedAt, measures, content.Communes);
        memo?.Keep(row.Id, snapshot);
        return snapshot;
    }

    /// <summary>The newest snapshot younger than <see cref="MaximumAge"/>, else the figures computed now and stored.</summary>
    public async Task<Snapshot> ReadOrComputeAsync(int? conventionId, CancellationToken ct = default)
    {
        if (await LatestAsync(conventionId, ct) is { } latest && latest.ComputedAt > clock.GetUtcNow() - MaximumAge) return latest;
        return await ComputeAsync(conventionId, ct);
    }

    /// <summary>
    /// Computes the scope's figures now and stores them as its one snapshot of the period (older ones of the same period
    /// are removed once the new one is in, so a reader never finds none). Storing it evicts the cached public dashboard.
    /// </summary>
    public async Task<Snapshot> ComputeAsync(int? conventionId, CancellationToken ct = default)
    {
        var scope = DefaultScope(conventionId);
        var measures = await report.MeasureAsync(scope, ct);
        var counts = await communes.CountAsync(scope, ct);
        var row = new IndicatorSnapshot
        {
            ConventionId = conventionId,
            From = scope.From,
            To = scope.To,
            ComputedAt = clock.GetUtcNow(),
            Content = IndicatorSnapshotContent.Of(measures, counts).Serialise(),
        };
        db.IndicatorSnapshots.Add(row);
        await db.SaveChangesAsync(ct);
        db.Entry(row).State = EntityState.Detached;
        await db.IndicatorSnapshots
            .Where(s => s.ConventionId == conventionId && s.From == scope.From && s.To == scope.To && s.Id != row.Id)
            .ExecuteDeleteAsync(ct);
        return new Snapshot(scope, row.ComputedAt, measures, counts);
    }

    /// <summary>Every CTG's snapshot, then the department's (the background job, and « Recalculer » on the department table).</summary>
    public async Task<IReadOnlyList<Snapshot>> ComputeAllAsync(CancellationToken ct = default)
    {
        var conventions = await db.Conventions.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Id).ToListAsync(ct);
        var snapshots = new List<Snapshot>(conventions.Count + 1);
        foreach (var id in conventions) snapshots.Add(await ComputeAsync(id, ct));
        snapshots.Add(await ComputeAsync(null, ct));
        return snapshots;
    }

    /// <summary>Deletes the snapshots computed more than <see cref="KeptFor"/> ago; returns how many.</summary>
    public Task<int> PurgeAsync(CancellationToken ct = default)
    {
        var before = clock.GetUtcNow() - KeptFor;
        return db.IndicatorSnapshots.Where(s => s.ComputedAt < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Why « Recalculer les chiffres maintenant » is refused for this scope now, in French, or null when it may run: the
    /// last computation must be at least <see cref="IndicatorOptions.RecomputeMinimumMinutes"/> old.
    /// </summary>
    public async Task<string?> RecomputeRefusalAsync(int? conventionId, CancellationToken ct = default)
    {
        var minutes = Math.Max(0, options.Value.RecomputeMinimumMinutes);
        var last = await db.IndicatorSnapshots.AsNoTracking()
            .Where(s => s.ConventionId == conventionId)
            .OrderByDescending(s => s.ComputedAt)
            .Select(s => (DateTimeOffset?)s.ComputedAt)
            .FirstOrDefaultAsync(ct);
        if (last is not { } at || at <= clock.GetUtcNow().AddMinutes(-minutes)) return null;
        var since = minutes == 1 ? "moins d'une minute" : $"moins de {minutes} minutes";
        return $"Les chiffres ont été calculés le {ComputedAtText(at)}, il y a {since} : attendez un peu avant de les recalculer.";
    }

    public IndicatorReport.Result Report(Snapshot snapshot, bool isPublic) => report.Present(snapshot.Scope, snapshot.Measures, isPublic);

    public IReadOnlyList<ParticipantsByMunicipality.Line> Communes(Snapshot snapshot, bool isPublic) => communes.Present(snapshot.CommuneCounts, isPublic);

    /// <summary>« 1er décembre 2026 à 04 h 10 », Paris time (the day written as the reports write it).</summary>
    public static string ComputedAtText(DateTimeOffset at) =>
        Governance.ReportFormat.Date(at) + " à " + PortalTime.ToParis(at).ToString("HH' h 'mm", PortalCulture.French);
}
