using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Text;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>
/// The bilan annuel of a CTG: every indicator of the catalogue for the calendar year, the meetings held with their
/// attendance, the decisions and their follow-up, the initiatives routed to working groups, and the coordinator's text.
/// Due to the Caf by 31 January of the following year (seeds/002).
/// </summary>
public sealed class AnnualReports(PortalDbContext db, ConventionAccess access, IndicatorCatalogue catalogue, PortalHtmlSanitizer sanitizer, TimeProvider clock)
{
    public const int MaxListed = 500;

    public sealed record MeetingLine(DateTimeOffset StartsAt, MeetingKind Kind, string Title, string? HeldBy, int PartnersInvited, int PartnersPresent,
        int Invited, int Present, int Excused, int Absent);

    public sealed record DecisionLine(DateTimeOffset TakenAt, string Meeting, string Text, string? Responsible, DateOnly? DueOn, DecisionStatus Status,
        string? LastNote);

    public sealed record RoutedInitiative(DateTimeOffset RoutedAt, int InitiativeId, string Initiative, string WorkingGroup, RoutingStatus Status);

    public sealed record Report(ConventionSummary Convention, int Year, DateOnly DueOn, DateTimeOffset ProducedAt,
        IReadOnlyList<(IndicatorDefinition Definition, IndicatorValue Value)> Indicators, IReadOnlyList<MeetingLine> Meetings,
        IReadOnlyList<DecisionLine> Decisions, IReadOnlyList<RoutedInitiative> Initiatives, string TextHtml, string? UpdatedBy, DateTimeOffset? UpdatedAt);

    /// <summary>The years a report may be written for: from the CTG's first year to the current one, within its period.</summary>
    public (int First, int Last) Years(ConventionSummary convention)
    {
        var current = clock.GetUtcNow().Year;
        return (convention.PeriodStart.Year, Math.Min(convention.PeriodEnd.Year, current));
    }

    public bool IsValidYear(ConventionSummary convention, int year) => Years(convention) is var (first, last) && year >= first && year <= last;

    public static DateOnly DueDate(int year) => new(year + 1, 1, 31);

    public async Task<Report> BuildAsync(ConventionSummary convention, int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var scope = new IndicatorScope(convention.Id, from, to);
        var indicators = await catalogue.ComputeAsync(scope, ct);
        var start = scope.Start;
        var end = scope.End;
        var now = clock.GetUtcNow();

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

        var text = await db.AnnualReports.AsNoTracking().Where(r => r.ConventionId == convention.Id && r.Year == year)
            .Select(r => new { r.TextHtml, UpdatedBy = r.UpdatedBy == null ? null : r.UpdatedBy.DisplayName, r.UpdatedAt })
            .FirstOrDefaultAsync(ct);

        return new Report(convention, year, DueDate(year), now, indicators, meetings, decisions, initiatives,
            text?.TextHtml ?? "", text is null ? null : text.UpdatedBy ?? Accounts.FormerParticipant.DisplayName, text?.UpdatedAt);
    }

    /// <summary>Saves the coordinator's text as the draft of the year's report. Returns a French error, or null.</summary>
    public async Task<string?> SaveTextAsync(ConventionSummary convention, int year, ProposalAnswers.Actor actor, string? html, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, convention.Id, ct)) return "Vous ne pouvez pas rédiger le bilan de cette CTG.";
        if (!IsValidYear(convention, year)) return "Cette année est hors de la période de la CTG.";
        var clean = sanitizer.Sanitize(html);
        if (clean.Length > MeetingRules.ReportTextMax) return $"Le texte dépasse {MeetingRules.ReportTextMax:N0} caractères.";
        var report = await db.AnnualReports.FirstOrDefaultAsync(r => r.ConventionId == convention.Id && r.Year == year, ct);
        if (report is null)
        {
            report = new AnnualReport { ConventionId = convention.Id, Year = year };
            db.AnnualReports.Add(report);
        }
        report.TextHtml = clean;
        report.UpdatedById = actor.UserId;
        report.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return null;
    }
}
