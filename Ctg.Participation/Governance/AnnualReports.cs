using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Referential;
using Ctg.Participation.Reporting;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>
/// Composes the bilan annuel of a CTG for a calendar year in Tableau 2's order (<see cref="AnnualReportView"/>): every
/// catalogue indicator placed on its referential line (<see cref="IndicatorDefinition.ReferentialLine"/>, else the
/// function its <see cref="IndicatorDefinition.Objective"/> names), the highlights of every registered
/// <see cref="IReportHighlightSource"/>, the officer's texts, and as annexes the meetings, decisions and initiatives.
/// Due to the Caf by 31 January of the following year (seeds/002).
/// </summary>
public sealed class AnnualReports(PortalDbContext db, IndicatorCatalogue catalogue, IEnumerable<IReportHighlightSource> highlightSources, TimeProvider clock)
{
    public const int MaxListed = 500;

    /// <summary>Highlights shown per function: the most recent ones.</summary>
    public const int HighlightsPerFunction = 6;

    /// <summary>The years a report may be written for: from the CTG's first year to the current one, within its period.</summary>
    public (int First, int Last) Years(ConventionSummary convention)
    {
        var current = clock.GetUtcNow().Year;
        return (convention.PeriodStart.Year, Math.Min(convention.PeriodEnd.Year, current));
    }

    public bool IsValidYear(ConventionSummary convention, int year) => Years(convention) is var (first, last) && year >= first && year <= last;

    public static DateOnly DueDate(int year) => new(year + 1, 1, 31);

    public async Task<AnnualReportView> BuildAsync(ConventionSummary convention, int year, CancellationToken ct = default)
    {
        var scope = new IndicatorScope(convention.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var indicators = await catalogue.ComputeAsync(scope, ct);
        var start = scope.Start;
        var end = scope.End;
        var now = clock.GetUtcNow();

        var highlights = new List<ReportHighlight>();
        foreach (var source in highlightSources) highlights.AddRange(await source.HighlightsAsync(convention.Id, start, end, ct));

        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.ConventionId == convention.Id && m.StartsAt >= start && m.StartsAt < end && m.StartsAt < now)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Take(MaxListed)
            .Select(m => new MeetingLine(m.StartsAt, m.Kind, m.Title,
                m.GovernanceBody != null ? m.GovernanceBody.Name : m.WorkingGroup != null ? m.WorkingGroup.Name : null,
                m.Invitees.Count(i => i.PartnerId != null), m.Invitees.Count(i => i.PartnerId != null && i.Attendance == AttendanceStatus.Present),
                m.Invitees.Count, m.Invitees.Count(i => i.Attendance == AttendanceStatus.Present),
                m.Invitees.Count(i => i.Attendance == AttendanceStatus.Excused), m.Invitees.Count(i => i.Attendance == AttendanceStatus.Absent)))
            .ToListAsync(ct);

        var decisions = await db.Decisions.AsNoTracking()
            .Where(d => d.Meeting!.ConventionId == convention.Id && d.Meeting.StartsAt >= start && d.Meeting.StartsAt < end)
            .OrderBy(d => d.Meeting!.StartsAt).ThenBy(d => d.Id).Take(MaxListed)
            .Select(d => new DecisionLine(d.Meeting!.StartsAt, d.Meeting.Title, d.Text, d.Responsible, d.DueOn, d.Status,
                d.FollowUps.OrderByDescending(f => f.At).ThenByDescending(f => f.Id).Select(f => f.Note).FirstOrDefault()))
            .ToListAsync(ct);

        var initiatives = await db.Routings.AsNoTracking()
            .Where(r => r.ConventionId == convention.Id && r.ContributionKind == ContributionKind.Initiative && r.RoutedAt >= start && r.RoutedAt < end)
            .Join(db.CitizenInitiatives, r => r.ContributionId, i => i.Id, (r, i) => new { r, i })
            .OrderBy(x => x.r.RoutedAt).ThenBy(x => x.r.Id).Take(MaxListed)
            .Select(x => new RoutedInitiative(x.r.RoutedAt, x.i.Id, x.i.Name, x.r.WorkingGroup!.Name, x.r.Status))
            .ToListAsync(ct);

        var report = await db.AnnualReports.AsNoTracking().Where(r => r.ConventionId == convention.Id && r.Year == year)
            .Select(r => new { r.TextHtml, UpdatedBy = r.UpdatedBy == null ? null : r.UpdatedBy.DisplayName, r.UpdatedAt })
            .FirstOrDefaultAsync(ct);
        var synthesis = report is null ? ReportText.Empty : new ReportText(report.TextHtml, report.UpdatedBy ?? Accounts.FormerParticipant.DisplayName, report.UpdatedAt);
        var texts = (await db.AnnualReportTexts.AsNoTracking()
                .Where(t => db.AnnualReports.Any(r => r.Id == t.AnnualReportId && r.ConventionId == convention.Id && r.Year == year))
                .Select(t => new { t.Objective, t.TextHtml, UpdatedBy = t.UpdatedBy == null ? null : t.UpdatedBy.DisplayName, t.UpdatedAt })
                .ToListAsync(ct))
            .ToDictionary(t => t.Objective, t => new ReportText(t.TextHtml, t.UpdatedBy ?? Accounts.FormerParticipant.DisplayName, t.UpdatedAt));

        var notes = await db.Set<ReferentialNote>().AsNoTracking()
            .Where(n => n.ConventionId == convention.Id && n.Year == year)
            .OrderBy(n => n.WrittenAt).ThenBy(n => n.Id)
            .Select(n => new { n.LineCode, n.Text, n.WrittenAt, By = db.Users.Where(u => u.Id == n.WrittenById).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        // The latest appreciation of each line (earlier ones stay kept by the referential feature).
        var latestNotes = notes.GroupBy(n => n.LineCode).ToDictionary(g => g.Key, g => g.Last());

        var placed = Place(indicators.Select(i => new IndicatorEntry(i.Definition, i.Value)).ToList()) with
        {
            Notes = latestNotes.ToDictionary(n => n.Key, n => new LineNote(n.Value.Text, n.Value.By, n.Value.WrittenAt)),
        };
        var objectives = Tableau2.Objectives.Select(o => new ObjectiveSection(o.Number, o.Title,
                o.Functions.Select(f => new FunctionSection(f.Number, f.Title, f.Actions,
                    f.Lines.Select(l => Line(l, placed)).ToList(),
                    placed.ByFunction.GetValueOrDefault(f.Number) ?? [],
                    highlights.Where(h => h.Function == f.Number).OrderByDescending(h => h.At).Take(HighlightsPerFunction).ToList())).ToList(),
                texts.GetValueOrDefault(o.Number) ?? ReportText.Empty))
            .ToList();

        return new AnnualReportView(convention.Slug, convention.Name, convention.Epci, convention.PeriodStart, convention.PeriodEnd, year, DueDate(year), now,
            objectives, Tableau2.Fiche17.Select(l => Line(l, placed)).ToList(), placed.Elsewhere, synthesis, meetings, decisions, initiatives);
    }

    private static LineSection Line(ReferentialLine line, Placement placed) =>
        new(line.Code, line.Kind, line.Label, line.ByNature, placed.ByLine.GetValueOrDefault(line.Code) ?? [])
        {
            Note = placed.Notes.GetValueOrDefault(line.Code),
        };

    private sealed record Placement(Dictionary<string, List<IndicatorEntry>> ByLine, Dictionary<string, List<IndicatorEntry>> ByFunction, List<IndicatorEntry> Elsewhere)
    {
        public Dictionary<string, LineNote> Notes { get; init; } = [];
    }

    /// <summary>
    /// Where each indicator goes: on its referential line when it names a known one; otherwise under the function its
    /// objective names (« autres indicateurs » of that function); otherwise at the end. New indicators therefore appear
    /// in the report as soon as their feature registers them.
    /// </summary>
    private static Placement Place(IReadOnlyList<IndicatorEntry> entries)
    {
        var byLine = new Dictionary<string, List<IndicatorEntry>>();
        var byFunction = new Dictionary<string, List<IndicatorEntry>>();
        var elsewhere = new List<IndicatorEntry>();
        var functions = Tableau2.Functions.Select(f => f.Number).ToHashSet();
        foreach (var entry in entries)
        {
            if (entry.Definition.ReferentialLine is { } code && Tableau2.FindLine(code) is not null)
                Add(byLine, code, entry);
            else if (functions.Contains(entry.Definition.Objective))
                Add(byFunction, entry.Definition.Objective, entry);
            else
                elsewhere.Add(entry);
        }
        return new Placement(byLine, byFunction, elsewhere);
    }

    private static void Add(Dictionary<string, List<IndicatorEntry>> map, string key, IndicatorEntry entry)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(entry);
    }
}
