using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Reporting;

/// <summary>
/// Highlights from the journal de coopération: the year's entries, each under the function of its kind's Tableau 2
/// line, with its nature and its note (or the partners involved when there is no note).
/// </summary>
public sealed class JournalHighlights(PortalDbContext db) : IReportHighlightSource
{
    private const int Taken = 300;

    public async Task<IReadOnlyList<ReportHighlight>> HighlightsAsync(int conventionId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct = default)
    {
        var from = DateOnly.FromDateTime(start.UtcDateTime);
        var to = DateOnly.FromDateTime(end.UtcDateTime);
        var entries = await db.Set<CooperationEntry>().AsNoTracking()
            .Where(e => e.ConventionId == conventionId && e.Date >= from && e.Date < to)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Take(Taken)
            .Select(e => new { e.Date, e.Kind, Nature = e.Nature!.Label, e.Note, Partners = e.Partners.Select(p => p.Partner!.Name).ToList() })
            .ToListAsync(ct);
        return entries.Select(e => new ReportHighlight(e.Kind.Function(), new DateTimeOffset(e.Date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
                e.Kind.Label(), !string.IsNullOrWhiteSpace(e.Note) ? e.Note.Trim() : e.Partners.Count > 0 ? string.Join(", ", e.Partners) : e.Nature, e.Nature))
            .ToList();
    }
}
