using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Reporting;

/// <summary>The department's view of the bilans: each CTG × year of its period (up to last year's, due now) with its status.</summary>
public sealed class DepartmentReports(PortalDbContext db, TimeProvider clock)
{
    public sealed record Row(string Slug, string Name, int Year, ReportStatus Status, int? LatestVersion, DateTimeOffset? LastSentAt, DateOnly DueOn);

    /// <summary>The years that have a bilan somewhere in the department: from the first CTG's start to the current year.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        var current = clock.GetUtcNow().Year;
        var first = await db.Conventions.MinAsync(c => (DateOnly?)c.PeriodStart, ct);
        return first is null ? [] : Enumerable.Range(first.Value.Year, Math.Max(0, current - first.Value.Year + 1)).Reverse().ToList();
    }

    public async Task<IReadOnlyList<Row>> ListAsync(int? year, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var conventions = await db.Conventions.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Slug, c.Name, c.PeriodStart, c.PeriodEnd }).ToListAsync(ct);
        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => year == null || r.Year == year)
            .Select(r => new
            {
                r.ConventionId, r.Year, r.State,
                Latest = r.Submissions.OrderByDescending(s => s.Number).Select(s => new { s.Number, s.SubmittedAt }).FirstOrDefault(),
            }).ToListAsync(ct);
        var byKey = reports.ToDictionary(r => (r.ConventionId, r.Year));

        var rows = new List<Row>();
        foreach (var c in conventions)
        {
            var last = Math.Min(c.PeriodEnd.Year, now.Year);
            for (var y = last; y >= c.PeriodStart.Year; y--)
            {
                if (year is { } only && y != only) continue;
                var report = byKey.GetValueOrDefault((c.Id, y));
                rows.Add(new Row(c.Slug, c.Name, y, ReportStatuses.Of(report?.State ?? ReportState.Draft, y, now),
                    report?.Latest?.Number, report?.Latest?.SubmittedAt, Governance.AnnualReports.DueDate(y)));
            }
        }
        return rows.OrderByDescending(r => r.Year).ThenBy(r => r.Name, StringComparer.Create(PortalCulture.French, true)).ToList();
    }
}
