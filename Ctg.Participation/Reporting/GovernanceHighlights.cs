using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Reporting;

/// <summary>
/// Highlights from what the portal recorded before the cooperation journal: meetings held (Copil under 1.1, comités
/// techniques under 1.2, groups and commissions under 2.2, public meetings under 4.1), decisions carried out (1.1),
/// alerts raised to the Copil (1.2) and citizen initiatives put in touch with a working group (4.1).
/// </summary>
public sealed class GovernanceHighlights(PortalDbContext db, TimeProvider clock) : IReportHighlightSource
{
    private const int PerQuery = 60;

    public async Task<IReadOnlyList<ReportHighlight>> HighlightsAsync(int conventionId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var held = end < now ? end : now;
        var highlights = new List<ReportHighlight>();

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.ConventionId == conventionId && m.StartsAt >= start && m.StartsAt < held)
            .OrderByDescending(m => m.StartsAt).Take(PerQuery)
            .Select(m => new { m.StartsAt, m.Kind, m.Title }).ToListAsync(ct);
        highlights.AddRange(meetings.Select(m => new ReportHighlight(FunctionOf(m.Kind), m.StartsAt, "Réunion tenue", m.Title, m.Kind.Label())));

        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.Meeting!.ConventionId == conventionId && d.DoneAt != null && d.DoneAt >= start && d.DoneAt < end)
            .OrderByDescending(d => d.DoneAt).Take(PerQuery)
            .Select(d => new { At = d.DoneAt!.Value, d.Text }).ToListAsync(ct);
        highlights.AddRange(decisions.Select(d => new ReportHighlight("1.1", d.At, "Décision réalisée", d.Text)));

        var alerts = await db.CopilAlerts.AsNoTracking()
            .Where(a => a.ConventionId == conventionId && a.RaisedAt >= start && a.RaisedAt < end)
            .OrderByDescending(a => a.RaisedAt).Take(PerQuery)
            .Select(a => new { a.RaisedAt, a.Subject }).ToListAsync(ct);
        highlights.AddRange(alerts.Select(a => new ReportHighlight("1.2", a.RaisedAt, "Alerte au Copil", a.Subject)));

        var initiatives = await db.Routings.AsNoTracking()
            .Where(r => r.ConventionId == conventionId && r.ContributionKind == ContributionKind.Initiative && r.RoutedAt >= start && r.RoutedAt < end)
            .Join(db.CitizenInitiatives, r => r.ContributionId, i => i.Id, (r, i) => new { r.RoutedAt, i.Name, Group = r.WorkingGroup!.Name })
            .OrderByDescending(x => x.RoutedAt).Take(PerQuery).ToListAsync(ct);
        highlights.AddRange(initiatives.Select(i => new ReportHighlight("4.1", i.RoutedAt, "Initiative mise en relation", $"{i.Name} → {i.Group}")));
        return highlights;
    }

    private static string FunctionOf(MeetingKind kind) => kind switch
    {
        MeetingKind.ComiteDePilotage => "1.1",
        MeetingKind.ComiteTechnique => "1.2",
        MeetingKind.ReunionPublique => "4.1",
        _ => "2.2",
    };
}
