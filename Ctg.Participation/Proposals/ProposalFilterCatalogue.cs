using Ctg.Participation.Data;
using Ctg.Participation.PublicContent;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Proposals;

/// <summary>
/// The proposal list's filter options (CTGs, axes, communes; the statuses are constants) kept in memory: they change a
/// few times a year and every list request needs them. A write to a CTG, a commune or an axis evicts every public
/// page (<see cref="PublicPages.Everything"/>), and this copy with them (<see cref="IPublicContentListener"/>); a copy
/// older than <see cref="MaxAge"/> is read again, so the other instances of a scaled-out portal catch up within it.
/// </summary>
public sealed class ProposalFilterCatalogue(TimeProvider clock) : IPublicContentListener
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    public sealed record ConventionEntry(int Id, string Slug, string Name);

    public sealed record AxisEntry(int Id, int ConventionId, string Slug, string Name, int Position);

    public sealed record MunicipalityEntry(int Id, int ConventionId, string InseeCode, string Name);

    /// <summary>One reading of the three tables, with the options of the whole department and of each CTG ready.</summary>
    public sealed class Snapshot
    {
        private readonly Dictionary<string, ConventionEntry> _bySlug;
        private readonly Dictionary<int, ConventionEntry> _byId;
        private readonly IReadOnlyList<AxisEntry> _axes;
        private readonly IReadOnlyList<MunicipalityEntry> _municipalities;
        private readonly ProposalBrowser.FilterOptions _department;
        private readonly Dictionary<int, ProposalBrowser.FilterOptions> _perConvention;

        public Snapshot(IReadOnlyList<ConventionEntry> conventions, IReadOnlyList<AxisEntry> axes, IReadOnlyList<MunicipalityEntry> municipalities)
        {
            _bySlug = conventions.GroupBy(c => c.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _byId = conventions.ToDictionary(c => c.Id);
            _axes = axes;
            _municipalities = municipalities;
            var conventionOptions = conventions.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ProposalBrowser.Option(c.Slug, c.Name)).ToList();
            _department = Options(conventionOptions, axes, municipalities);
            _perConvention = conventions.ToDictionary(c => c.Id, c => Options(conventionOptions,
                axes.Where(a => a.ConventionId == c.Id).ToList(), municipalities.Where(m => m.ConventionId == c.Id).ToList()));
        }

        public ConventionEntry? Convention(string slug) => _bySlug.GetValueOrDefault(slug);

        public string? ConventionName(int id) => _byId.GetValueOrDefault(id)?.Name;

        /// <summary>A CTG's communes (by name) and axes (by position), by id, as the proposal form and the routing desk show them.</summary>
        public ProposalBrowser.Territory? Territory(int conventionId) =>
            _byId.GetValueOrDefault(conventionId) is not { } convention ? null : new(convention.Id, convention.Name,
                _municipalities.Where(m => m.ConventionId == conventionId)
                    .Select(m => new ProposalBrowser.Option(m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name)).ToList(),
                _axes.Where(a => a.ConventionId == conventionId)
                    .Select(a => new ProposalBrowser.Option(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Name)).ToList());

        /// <summary>The ids of the axes with this slug (each CTG has its own), within one CTG when given.</summary>
        public IReadOnlyList<int> AxisIds(string slug, int? conventionId) =>
            _axes.Where(a => a.Slug == slug && (conventionId == null || a.ConventionId == conventionId)).Select(a => a.Id).ToList();

        public IReadOnlyList<int> MunicipalityIds(string inseeCode, int? conventionId) =>
            _municipalities.Where(m => m.InseeCode == inseeCode && (conventionId == null || m.ConventionId == conventionId)).Select(m => m.Id).ToList();

        /// <summary>The options the list shows: every CTG, and the axes and communes of the chosen CTG (or of all).</summary>
        public ProposalBrowser.FilterOptions Options(string? ctg) =>
            ctg is not null && Convention(ctg) is { } c ? _perConvention[c.Id] : ctg is null ? _department : _department with { Axes = [], Municipalities = [] };

        private static ProposalBrowser.FilterOptions Options(IReadOnlyList<ProposalBrowser.Option> conventions, IReadOnlyList<AxisEntry> axes,
            IReadOnlyList<MunicipalityEntry> municipalities) =>
            new(conventions,
                // Several CTGs share an axis's slug (« parentalité »): one option per slug, named after its first axis.
                axes.GroupBy(a => a.Slug, StringComparer.Ordinal).Select(g => g.OrderBy(a => a.Position).First())
                    .OrderBy(a => a.Position).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a => new ProposalBrowser.Option(a.Slug, a.Name)).ToList(),
                municipalities.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new ProposalBrowser.Option(m.InseeCode, m.Name)).ToList());
    }

    private sealed record Entry(Snapshot Snapshot, DateTimeOffset ReadAt, long Generation);

    private Entry? _current;
    private long _generation;

    /// <summary>The options in memory, read again with <paramref name="db"/> when missing, invalidated or too old.</summary>
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
        var conventions = await db.Conventions.AsNoTracking().Select(c => new ConventionEntry(c.Id, c.Slug, c.Name)).ToListAsync(ct);
        // In the database's order (axes by position, communes by name), which Territory keeps.
        var axes = await db.Axes.AsNoTracking().OrderBy(a => a.Position).ThenBy(a => a.Id)
            .Select(a => new AxisEntry(a.Id, a.ConventionId, a.Slug, a.Name, a.Position)).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ThenBy(m => m.Id)
            .Select(m => new MunicipalityEntry(m.Id, m.ConventionId, m.InseeCode, m.Name)).ToListAsync(ct);
        return new Snapshot(conventions, axes, municipalities);
    }
}
