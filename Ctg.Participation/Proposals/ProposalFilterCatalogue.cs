using Ctg.Participation.Conventions;
using Ctg.Participation.Data;

namespace Ctg.Participation.Proposals;

/// <summary>
/// The proposal list's filter options (CTGs, axes, communes; the statuses are constants), built from the territory kept
/// in memory (<see cref="TerritoryCatalogue"/>, forgotten on any write to a CTG, an axis or a commune) and built again
/// only when that catalogue hands a newer reading.
/// </summary>
public sealed class ProposalFilterCatalogue(TerritoryCatalogue territory)
{
    /// <summary>One reading of the territory, with the options of the whole department and of each CTG ready.</summary>
    public sealed class Snapshot
    {
        private readonly TerritoryCatalogue.Snapshot _territory;
        private readonly ProposalBrowser.FilterOptions _department;
        private readonly Dictionary<int, ProposalBrowser.FilterOptions> _perConvention;

        public Snapshot(TerritoryCatalogue.Snapshot territory)
        {
            _territory = territory;
            var conventionOptions = territory.Conventions.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ProposalBrowser.Option(c.Slug, c.Name)).ToList();
            _department = Options(conventionOptions, territory.Axes, territory.Municipalities);
            _perConvention = territory.Conventions.ToDictionary(c => c.Id, c => Options(conventionOptions,
                territory.AxesOf(c.Id).ToList(), territory.MunicipalitiesOf(c.Id).ToList()));
        }

        /// <summary>The territory reading these options were built from.</summary>
        public TerritoryCatalogue.Snapshot Source => _territory;

        public TerritoryCatalogue.ConventionEntry? Convention(string slug) => _territory.Convention(slug);

        public string? ConventionName(int id) => _territory.Convention(id)?.Name;

        /// <summary>A CTG's communes (by name) and axes (by position), by id, as the proposal form and the routing desk show them.</summary>
        public ProposalBrowser.Territory? Territory(int conventionId) =>
            _territory.Convention(conventionId) is not { } convention ? null : new(convention.Id, convention.Name,
                _territory.MunicipalitiesOf(conventionId)
                    .Select(m => new ProposalBrowser.Option(m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name)).ToList(),
                _territory.AxesOf(conventionId)
                    .Select(a => new ProposalBrowser.Option(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Name)).ToList());

        /// <summary>The ids of the axes with this slug (each CTG has its own), within one CTG when given.</summary>
        public IReadOnlyList<int> AxisIds(string slug, int? conventionId) =>
            _territory.Axes.Where(a => a.Slug == slug && (conventionId == null || a.ConventionId == conventionId)).Select(a => a.Id).ToList();

        public IReadOnlyList<int> MunicipalityIds(string inseeCode, int? conventionId) =>
            _territory.Municipalities.Where(m => m.InseeCode == inseeCode && (conventionId == null || m.ConventionId == conventionId)).Select(m => m.Id).ToList();

        /// <summary>The options the list shows: every CTG, and the axes and communes of the chosen CTG (or of all).</summary>
        public ProposalBrowser.FilterOptions Options(string? ctg) =>
            ctg is not null && Convention(ctg) is { } c ? _perConvention[c.Id] : ctg is null ? _department : _department with { Axes = [], Municipalities = [] };

        private static ProposalBrowser.FilterOptions Options(IReadOnlyList<ProposalBrowser.Option> conventions, IReadOnlyList<TerritoryCatalogue.AxisEntry> axes,
            IReadOnlyList<TerritoryCatalogue.MunicipalityEntry> municipalities) =>
            new(conventions,
                // Several CTGs share an axis's slug (« parentalité »): one option per slug, named after its first axis.
                axes.GroupBy(a => a.Slug, StringComparer.Ordinal).Select(g => g.OrderBy(a => a.Position).First())
                    .OrderBy(a => a.Position).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a => new ProposalBrowser.Option(a.Slug, a.Name)).ToList(),
                municipalities.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => new ProposalBrowser.Option(m.InseeCode, m.Name)).ToList());
    }

    private Snapshot? _current;

    /// <summary>The options of the territory in memory; built again only when the territory was read again.</summary>
    public async Task<Snapshot> GetAsync(PortalDbContext db, CancellationToken ct = default)
    {
        var territoryNow = await territory.GetAsync(db, ct);
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Source, territoryNow)) return current;
        var built = new Snapshot(territoryNow);
        Volatile.Write(ref _current, built);
        return built;
    }
}
