using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ServiceDirectory;

/// <summary>
/// The public directory: search by commune, axis, kind and text, sorted by name, paged by keyset (the last entry's
/// sort key and id), so page 50 costs what page 1 costs.
/// </summary>
public sealed class ServiceDirectoryBrowser(PortalDbContext db)
{
    public const int PageSize = 20;

    public sealed record Query(int? MunicipalityId, string? AxisSlug, FamilyServiceKind? Kind, string? Text, int? After, int? ConventionId = null);

    public sealed record Entry(int Id, string Name, FamilyServiceKind Kind, string Municipality, string ConventionSlug, string? Axis, string? Address, string? Phone,
        string? Email, string? Website, string? OpeningHours, string? Accessibility, WheelchairAccess Wheelchair);

    public sealed record Page(IReadOnlyList<Entry> Entries, int? NextAfter);

    public async Task<Page> SearchAsync(Query q, CancellationToken ct = default)
    {
        var query = db.FamilyServices.AsNoTracking();
        if (q.ConventionId is { } conventionId) query = query.Where(s => s.ConventionId == conventionId);
        if (q.MunicipalityId is { } m) query = query.Where(s => s.MunicipalityId == m);
        if (!string.IsNullOrEmpty(q.AxisSlug)) query = query.Where(s => s.Axis != null && s.Axis.Slug == q.AxisSlug);
        if (q.Kind is { } kind) query = query.Where(s => s.Kind == kind);
        var text = PortalText.ForSearch(q.Text?.Trim() ?? "");
        if (text.Length > 0)
        {
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5)) query = query.Where(s => s.SearchText.Contains(word));
        }
        if (q.After is { } after)
        {
            var key = await db.FamilyServices.Where(s => s.Id == after).Select(s => s.SortKey).FirstOrDefaultAsync(ct);
            if (key is not null) query = query.Where(s => string.Compare(s.SortKey, key) > 0 || (s.SortKey == key && s.Id > after));
        }
        var rows = await query.OrderBy(s => s.SortKey).ThenBy(s => s.Id).Take(PageSize + 1)
            .Select(s => new Entry(s.Id, s.Name, s.Kind, s.Municipality!.Name, s.Municipality.Convention!.Slug, s.Axis == null ? null : s.Axis.Name, s.Address,
                s.Phone, s.Email, s.Website, s.OpeningHours, s.Accessibility, s.Wheelchair))
            .ToListAsync(ct);
        return rows.Count > PageSize ? new Page(rows.Take(PageSize).ToList(), rows[PageSize - 1].Id) : new Page(rows, null);
    }

    public sealed record Option(string Value, string Label, string? Group = null);

    /// <summary>The communes that have at least one service, by CTG, for the filter.</summary>
    public async Task<IReadOnlyList<Option>> MunicipalitiesAsync(CancellationToken ct = default) =>
        await db.Municipalities.AsNoTracking().Where(m => db.FamilyServices.Any(s => s.MunicipalityId == m.Id))
            .OrderBy(m => m.Convention!.Name).ThenBy(m => m.Name)
            .Select(m => new Option(m.Id.ToString(), m.Name, m.Convention!.Name)).ToListAsync(ct);

    /// <summary>Axes are per CTG; the filter offers each axis name once, by its slug.</summary>
    public async Task<IReadOnlyList<Option>> AxesAsync(CancellationToken ct = default) =>
        (await db.Axes.AsNoTracking().Select(a => new { a.Slug, a.Name, a.Position }).Distinct().ToListAsync(ct))
            .GroupBy(a => a.Slug).Select(g => g.First()).OrderBy(a => a.Position).ThenBy(a => a.Name).Select(a => new Option(a.Slug, a.Name)).ToList();

    public Task<FamilyService?> FindAsync(int conventionId, int id, CancellationToken ct = default) =>
        db.FamilyServices.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.ConventionId == conventionId, ct);
}
