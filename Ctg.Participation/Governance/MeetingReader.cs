using Ctg.Participation.Data;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Governance;

/// <summary>A CTG's meetings as the pages read them: the next ones, the past ones page by page, and one meeting whole.</summary>
public sealed class MeetingReader(PortalDbContext db, TimeProvider clock)
{
    public sealed record ListItem(int Id, MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string? HeldBy,
        int Invited, int Present);

    public sealed record Cursor(DateTimeOffset StartsAt, int Id)
    {
        public string Key => $"{StartsAt.UtcTicks}-{Id}";

        public static Cursor? Parse(string? key)
        {
            var parts = key?.Split('-');
            return parts is [var ticks, var id] && long.TryParse(ticks, out var t) && int.TryParse(id, out var i) && t is > 0 and < 3_155_378_975_999_999_999
                ? new Cursor(new DateTimeOffset(t, TimeSpan.Zero), i) : null;
        }
    }

    public sealed record Invitation(int Id, string Name, bool IsPartner, AttendanceStatus Attendance);

    public sealed record FollowUpLine(DateTimeOffset At, DecisionStatus Status, string Note);

    public sealed record DecisionLine(int Id, string Text, string? Responsible, DateOnly? DueOn, DecisionStatus Status, IReadOnlyList<FollowUpLine> FollowUps)
    {
        /// <summary>The fiche action it concerns: its number and title, when there is one.</summary>
        public (int Number, string Title)? Action { get; init; }
    }

    public sealed record ActionOption(int Id, int Number, string Title);

    /// <summary>The fiches of the CTG's plan a decision may concern, by number.</summary>
    public async Task<IReadOnlyList<ActionOption>> ActionOptionsAsync(int conventionId, CancellationToken ct = default) =>
        await db.PlanActions.AsNoTracking().Where(a => a.ConventionId == conventionId).OrderBy(a => a.Number).Take(500)
            .Select(a => new ActionOption(a.Id, a.Number, a.Title)).ToListAsync(ct);

    public sealed record Detail(int Id, int ConventionId, MeetingKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place,
        string? HeldBy, string Agenda, string MinutesHtml, IReadOnlyList<Invitation> Invitees, IReadOnlyList<DecisionLine> Decisions,
        IReadOnlyList<MeetingOption> Contributions);

    /// <summary>The next meetings (bounded) or a page of past ones (keyset, most recent first).</summary>
    public async Task<(IReadOnlyList<ListItem> Items, Cursor? Next)> ListAsync(int conventionId, bool upcoming, Cursor? before, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var query = db.Meetings.AsNoTracking().Where(m => m.ConventionId == conventionId);
        IQueryable<Meeting> ordered;
        int take;
        if (upcoming)
        {
            ordered = query.Where(m => m.StartsAt >= now).OrderBy(m => m.StartsAt).ThenBy(m => m.Id);
            take = MeetingRules.UpcomingShown;
        }
        else
        {
            query = query.Where(m => m.StartsAt < now);
            if (before is not null) query = query.Where(m => m.StartsAt < before.StartsAt || (m.StartsAt == before.StartsAt && m.Id < before.Id));
            ordered = query.OrderByDescending(m => m.StartsAt).ThenByDescending(m => m.Id);
            take = MeetingRules.PastPageSize;
        }
        var rows = await ordered.Take(take + 1).Select(m => new ListItem(m.Id, m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Place,
                m.GovernanceBody != null ? m.GovernanceBody.Name : m.WorkingGroup != null ? m.WorkingGroup.Name : null,
                m.Invitees.Count, m.Invitees.Count(i => i.Attendance == AttendanceStatus.Present)))
            .ToListAsync(ct);
        var next = !upcoming && rows.Count > take ? new Cursor(rows[take - 1].StartsAt, rows[take - 1].Id) : null;
        return (rows.Take(take).ToList(), next);
    }

    public async Task<Detail?> FindAsync(int conventionId, int meetingId, CancellationToken ct = default)
    {
        var m = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId && m.ConventionId == conventionId)
            .Select(m => new
            {
                m.Id, m.ConventionId, m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Place, m.Agenda, m.MinutesHtml,
                HeldBy = m.GovernanceBody != null ? m.GovernanceBody.Name : m.WorkingGroup != null ? m.WorkingGroup.Name : null,
            })
            .FirstOrDefaultAsync(ct);
        if (m is null) return null;
        var invitees = await db.MeetingInvitees.AsNoTracking().Where(i => i.MeetingId == meetingId)
            .OrderBy(i => i.PartnerId == null).ThenBy(i => i.Id)
            .Select(i => new Invitation(i.Id, i.Partner != null ? i.Partner.Name : i.User != null ? i.User.DisplayName : i.Name ?? "", i.PartnerId != null, i.Attendance))
            .ToListAsync(ct);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Id)
            .Select(d => new
            {
                d.Id, d.Text, d.Responsible, d.DueOn, d.Status,
                Action = db.PlanActions.Where(a => a.Id == d.PlanActionId).Select(a => new { a.Number, a.Title }).FirstOrDefault(),
            }).ToListAsync(ct);
        var followUps = await db.DecisionFollowUps.AsNoTracking().Where(f => db.Decisions.Any(d => d.Id == f.DecisionId && d.MeetingId == meetingId))
            .OrderBy(f => f.At).ThenBy(f => f.Id).Select(f => new { f.DecisionId, f.At, f.Status, f.Note }).ToListAsync(ct);
        var links = await db.MeetingContributions.AsNoTracking().Where(c => c.MeetingId == meetingId).ToListAsync(ct);
        var proposalIds = links.Where(l => l.ContributionKind == ContributionKind.Proposal).Select(l => l.ContributionId).ToList();
        var initiativeIds = links.Where(l => l.ContributionKind == ContributionKind.Initiative).Select(l => l.ContributionId).ToList();
        var contributions = (await db.Proposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id)).Select(p => new { p.Id, p.Title }).ToListAsync(ct))
            .Select(p => new MeetingOption($"/propositions/{p.Id}", "Proposition : " + p.Title))
            .Concat((await db.CitizenInitiatives.AsNoTracking().Where(i => initiativeIds.Contains(i.Id)).Select(i => new { i.Id, i.Name }).ToListAsync(ct))
                .Select(i => new MeetingOption($"/initiatives/{i.Id}", "Initiative : " + i.Name)))
            .ToList();
        return new Detail(m.Id, m.ConventionId, m.Kind, m.Title, m.StartsAt, m.EndsAt, m.Place, m.HeldBy, m.Agenda, m.MinutesHtml, invitees,
            decisions.Select(d => new DecisionLine(d.Id, d.Text, d.Responsible, d.DueOn, d.Status,
                followUps.Where(f => f.DecisionId == d.Id).Select(f => new FollowUpLine(f.At, f.Status, f.Note)).ToList())
            {
                Action = d.Action is null ? null : (d.Action.Number, d.Action.Title),
            }).ToList(),
            contributions);
    }
}
