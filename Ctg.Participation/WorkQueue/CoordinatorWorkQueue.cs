using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.WorkQueue;

/// <summary>
/// What waits on a coordinator in one CTG, for the back-office home: contributions not yet routed (oldest first),
/// reports to moderate, open alerts to the Copil, late or blocked actions, the next meetings and the annual report
/// due to the Caf. Each feature keeps its own rules; this only counts and points to them.
/// </summary>
public sealed class CoordinatorWorkQueue(PortalDbContext db, RoutingDesk desk, ProposalModeration moderation, ActionPlanReader plan, TimeProvider clock)
{
    public sealed record Waiting(int Count, int LongWaiting, DateTimeOffset? OldestSince, string? OldestTitle);
    public sealed record MeetingLine(int Id, string Title, MeetingKind Kind, DateTimeOffset StartsAt, string Place);
    public sealed record ReportStatus(int Year, DateOnly DueOn, DateTimeOffset? UpdatedAt, int DaysLeft);
    public sealed record Queue(Waiting Routing, int Reports, int OpenAlerts, IReadOnlyList<ActionPlanReader.Row> LateOrBlocked,
        IReadOnlyList<MeetingLine> Meetings, ReportStatus Report);

    public async Task<Queue> ForAsync(int conventionId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var inbox = await desk.InboxPageAsync(conventionId, new RoutingDesk.Filter(null, null, null, RoutingDesk.StatusFilter.New), take: 1, ct: ct);
        var oldest = inbox.Items.FirstOrDefault();
        var waiting = new Waiting(inbox.Total, inbox.LongWaiting, oldest?.Since, oldest?.Title);

        var reports = (await moderation.QueueAsync(conventionId, ct)).Count;
        var alerts = await db.CopilAlerts.AsNoTracking().CountAsync(a => a.ConventionId == conventionId && a.ClosedAt == null, ct);
        var late = await plan.LateOrBlockedAsync(conventionId, ct);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.ConventionId == conventionId && m.StartsAt >= now)
            .OrderBy(m => m.StartsAt).ThenBy(m => m.Id).Take(3)
            .Select(m => new MeetingLine(m.Id, m.Title, m.Kind, m.StartsAt, m.Place)).ToListAsync(ct);

        return new Queue(waiting, reports, alerts, late, meetings, await ReportAsync(conventionId, now, ct));
    }

    /// <summary>The report being written: the past year's in January (due on the 31st), else the current year's.</summary>
    public static int ReportYear(DateOnly today) => today.Month == 1 ? today.Year - 1 : today.Year;

    private async Task<ReportStatus> ReportAsync(int conventionId, DateTimeOffset now, CancellationToken ct)
    {
        var today = PortalTime.DayOf(now);
        var year = ReportYear(today);
        var updated = await db.AnnualReports.AsNoTracking()
            .Where(r => r.ConventionId == conventionId && r.Year == year).Select(r => (DateTimeOffset?)r.UpdatedAt).FirstOrDefaultAsync(ct);
        var due = AnnualReports.DueDate(year);
        return new ReportStatus(year, due, updated, due.DayNumber - today.DayNumber);
    }
}
