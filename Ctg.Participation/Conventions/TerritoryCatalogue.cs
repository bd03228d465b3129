using Ctg.Participation.Data;
using Ctg.Participation.PublicContent;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Conventions;

/// <summary>
/// The department's CTGs, axes and communes kept in memory: they change a few times a year, and every list, filter and
/// dashboard request needs them (the proposal filters, the routing desk, the indicator filters). A write to a CTG, a
/// commune or an axis evicts every public page (<see cref="PublicPages.Everything"/>, declared in
/// <see cref="ConventionsPublicContent"/>) and this copy with them; a copy older than <see cref="MaxAge"/> is read
/// again, so the other instances of a scaled-out portal catch up within it.
/// </summary>
public sealed class TerritoryCatalogue(TimeProvider clock) : IPublicContentListener
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    public sealed record ConventionEntry(int Id, string Slug, string Name);

    public sealed record AxisEntry(int Id, int ConventionId, string Slug, string Name, int Position);

    public sealed record MunicipalityEntry(int Id, int ConventionId, string InseeCode, string Name);

    /// <summary>
    /// One reading of the three tables in the database's order (CTGs and communes by name, axes by position then name),
    /// which every list built from it keeps. Immutable: a newer reading is a new snapshot.
    /// </summary>
    public sealed class Snapshot
    {
        private readonly Dictionary<string, ConventionEntry> _bySlug;
        private readonly Dictionary<int, ConventionEntry> _byId;
        private readonly ILookup<int, AxisEntry> _axesByConvention;
        private readonly ILookup<int, MunicipalityEntry> _municipalitiesByConvention;

        public Snapshot(IReadOnlyList<ConventionEntry> conventions, IReadOnlyList<AxisEntry> axes, IReadOnlyList<MunicipalityEntry> municipalities)
        {
            Conventions = conventions;
            Axes = axes;
            Municipalities = municipalities;
            _bySlug = conventions.GroupBy(c => c.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _byId = conventions.ToDictionary(c => c.Id);
            _axesByConvention = axes.ToLookup(a => a.ConventionId);
            _municipalitiesByConvention = municipalities.ToLookup(m => m.ConventionId);
        }

        public IReadOnlyList<ConventionEntry> Conventions { get; }

        public IReadOnlyList<AxisEntry> Axes { get; }

        public IReadOnlyList<MunicipalityEntry> Municipalities { get; }

        public ConventionEntry? Convention(string slug) => _bySlug.GetValueOrDefault(slug);

        public ConventionEntry? Convention(int id) => _byId.GetValueOrDefault(id);

        public IEnumerable<AxisEntry> AxesOf(int conventionId) => _axesByConvention[conventionId];

        public IEnumerable<MunicipalityEntry> MunicipalitiesOf(int conventionId) => _municipalitiesByConvention[conventionId];
    }

    private sealed record Entry(Snapshot Snapshot, DateTimeOffset ReadAt, long Generation);

    private Entry? _current;
    private long _generation;

    /// <summary>The catalogue in memory, read again with <paramref name="db"/> when missing, invalidated or too old.</summary>
    public async Task<Snapshot> GetAsync(PortalDbContext db, CancellationToken ct = default)
    {
        var generation = Interlocked.Read(ref _generation);
        var current = Volatile.Read(ref _current);
        var now = clock.GetUtcNow();
        if (current is not null && current.Generation == generation && now - current.ReadAt < MaxAge) return current.Snapshot;

        var snapshot = await ReadAsync(db, ct);
        // Kept only when no write was committed while reading: that reading may predate it.
        if (Interlocked.Read(ref _generation) == generation) Volatile.Write(ref _current, new Entry(snapshot, now, generation));
        return snapshot;
    }

    /// <summary>Forgets the copy: the next request reads the tables again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>CTGs, communes and axes are declared with <see cref="PublicPages.Everything"/> (ConventionsPublicContent).</summary>
    public void Changed(IReadOnlyCollection<string> tags)
    {
        if (tags.Contains(PublicPages.Everything)) Invalidate();
    }

    private static async Task<Snapshot> ReadAsync(PortalDbContext db, CancellationToken ct)
    {
        var conventions = await db.Conventions.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new ConventionEntry(c.Id, c.Slug, c.Name)).ToListAsync(ct);
        var axes = await db.Axes.AsNoTracking().OrderBy(a => a.Position).ThenBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AxisEntry(a.Id, a.ConventionId, a.Slug, a.Name, a.Position)).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ThenBy(m => m.Id)
            .Select(m => new MunicipalityEntry(m.Id, m.ConventionId, m.InseeCode, m.Name)).ToListAsync(ct);
        return new Snapshot(conventions, axes, municipalities);
    }
}
