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
    IndicatorSnapshotMemo? memo = null,
    IndicatorSnapshotGate? gate = null)
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
        var head = await NewestHead(db, conventionId, DefaultScope(conventionId).From, ct);
        return head is null ? null : (await ReadAsync([head], ct))[0]?.Snapshot;
    }

    // Compiled: read at every dashboard request, where building and translating the expression cost more than the
    // indexed read (ConventionId, From, ComputedAt).
    private static readonly Func<PortalDbContext, int?, DateOnly, CancellationToken, Task<Head?>> NewestHead = EF.CompileAsyncQuery(
        (PortalDbContext db, int? conventionId, DateOnly from, CancellationToken ct) => db.IndicatorSnapshots.AsNoTracking()
            .Where(s => s.ConventionId == conventionId && s.From == from)
            .OrderByDescending(s => s.ComputedAt)
            .Select(s => new Head(s.Id, s.ConventionId, s.From, s.To, s.ComputedAt))
            .FirstOrDefault());

    /// <summary>
    /// The newest snapshot of this year of each scope asked (null: the department), in the order asked, null where there
    /// is none: one query for the newest of each, one for the contents not yet parsed, whatever the number of scopes
    /// (the department table asks for every CTG and the department). The snapshots of this year's default period are a
    /// few per scope: older ones of the same period are deleted as a new one is stored, the rest after seven days.
    /// </summary>
    public async Task<IReadOnlyList<Snapshot?>> LatestOfEachAsync(IReadOnlyList<int?> conventionIds, CancellationToken ct = default)
    {
        var from = DefaultScope(null).From;
        var heads = await db.IndicatorSnapshots.AsNoTracking()
            .Where(s => s.From == from)
            .Select(s => new Head(s.Id, s.ConventionId, s.From, s.To, s.ComputedAt))
            .ToListAsync(ct);
        var newest = heads.GroupBy(h => h.ConventionId).ToDictionary(g => g.Key ?? 0, g => g.MaxBy(h => h.ComputedAt)!);
        var wanted = conventionIds.Select(id => newest.GetValueOrDefault(id ?? 0)).ToList();
        var read = await ReadAsync(wanted.OfType<Head>().ToList(), ct);
        var byId = read.Where(s => s is not null).ToDictionary(s => s!.Id, s => s!.Snapshot);
        return wanted.Select(h => h is not null && byId.TryGetValue(h.Id, out var snapshot) ? snapshot : null).ToList();
    }

    private sealed record Head(long Id, int? ConventionId, DateOnly From, DateOnly To, DateTimeOffset ComputedAt);

    private sealed record Read(long Id, Snapshot Snapshot);

    /// <summary>Each head's snapshot, from the memo or parsed from its stored content (one query for all); null where unreadable.</summary>
    private async Task<IReadOnlyList<Read?>> ReadAsync(IReadOnlyList<Head> heads, CancellationToken ct)
    {
        var kept = heads.Select(h => memo?.Find(h.Id, h.ComputedAt)).ToList();
        var missing = heads.Where((_, i) => kept[i] is null).Select(h => h.Id).ToList();
        var contents = missing.Count == 0 ? [] : await db.IndicatorSnapshots.AsNoTracking()
            .Where(s => missing.Contains(s.Id))
            .Select(s => new { s.Id, s.Content })
            .ToDictionaryAsync(s => s.Id, s => s.Content, ct);
        return heads.Select((head, i) =>
        {
            if (kept[i] is { } snapshot) return new Read(head.Id, snapshot);
            if (!contents.TryGetValue(head.Id, out var json) || IndicatorSnapshotContent.Read(json) is not { } content) return null;
            if (content.Measures(report.Definitions) is not { } measures) return null;
            var parsed = new Snapshot(new IndicatorScope(head.ConventionId, head.From, head.To), head.ComputedAt, measures, content.Communes);
            memo?.Keep(head.Id, parsed);
            return new Read(head.Id, parsed);
        }).ToList();
    }

    /// <summary>The newest snapshot younger than <see cref="MaximumAge"/>, else the figures computed now and stored.</summary>
    public async Task<Snapshot> ReadOrComputeAsync(int? conventionId, CancellationToken ct = default) =>
        Fresh(await LatestAsync(conventionId, ct)) ?? await ComputeOnceAsync(conventionId, ct);

    /// <summary>
    /// Each scope's newest snapshot younger than <see cref="MaximumAge"/>, else its figures computed now and stored, in the
    /// order asked. A scope found old is computed once in this instance: a request arriving meanwhile waits, then reads it.
    /// </summary>
    public async Task<IReadOnlyList<Snapshot>> ReadOrComputeEachAsync(IReadOnlyList<int?> conventionIds, CancellationToken ct = default)
    {
        var latest = await LatestOfEachAsync(conventionIds, ct);
        var result = new List<Snapshot>(conventionIds.Count);
        for (var i = 0; i < conventionIds.Count; i++)
            result.Add(Fresh(latest[i]) ?? await ComputeOnceAsync(conventionIds[i], ct));
        return result;
    }

    private Snapshot? Fresh(Snapshot? snapshot) => snapshot is not null && snapshot.ComputedAt > clock.GetUtcNow() - MaximumAge ? snapshot : null;

    private async Task<Snapshot> ComputeOnceAsync(int? conventionId, CancellationToken ct)
    {
        if (gate is null) return await ComputeAsync(conventionId, ct);
        using var _ = await gate.EnterAsync(conventionId, ct);
        // Computed by the request this one waited for?
        return Fresh(await LatestAsync(conventionId, ct)) ?? await ComputeAsync(conventionId, ct);
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
