using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.ActionPlan;

/// <summary>Reads a CTG's action plan for the back-office, the coordinator's desk and the public CTG page.</summary>
public sealed class ActionPlanReader(PortalDbContext db, TimeProvider clock, RoutingDesk desk)
{
    /// <summary>A plan has tens of fiches, not thousands: lists are bounded rather than paged.</summary>
    public const int MaxActions = 500;

    public sealed record Row(int Number, string Title, string Axis, PlanActionStatus Status, int Progress, DateOnly? StartDate, DateOnly? DueDate, bool IsLate);
    public sealed record Note(DateOnly WrittenOn, string Text, bool IsPublic);
    public sealed record Measurement(DateOnly MeasuredOn, decimal Value);
    public sealed record Indicator(int Id, string Label, decimal? Baseline, decimal? Target, IReadOnlyList<Measurement> Measurements);
    public sealed record LinkedContribution(int RoutingId, string Label, string? Link);

    public sealed record Detail(PlanAction Action, string Axis, IReadOnlyList<string> Partners, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Note> Notes,
        IReadOnlyList<LinkedContribution> Contributions, bool IsLate)
    {
        /// <summary>Decisions of the CTG's meetings that concern this action, oldest meeting first.</summary>
        public IReadOnlyList<LinkedDecision> Decisions { get; init; } = [];
    }

    public sealed record LinkedDecision(int MeetingId, string MeetingTitle, DateTimeOffset MeetingAt, string Text, Governance.DecisionStatus Status);

    public sealed record PublicAction(int Number, string Title, string Axis, string? Finality, PlanActionStatus Status, int Progress, DateOnly? DueDate,
        IReadOnlyList<Note> PublicNotes);

    public DateOnly Today() => PortalTime.Today(clock);

    public async Task<IReadOnlyList<Row>> ListAsync(int conventionId, CancellationToken ct = default)
    {
        var today = Today();
        return await db.PlanActions.AsNoTracking().Where(a => a.ConventionId == conventionId).OrderBy(a => a.Number).Take(MaxActions)
            .Select(a => new Row(a.Number, a.Title, a.Axis!.Name, a.Status, a.Progress, a.StartDate, a.DueDate,
                a.DueDate != null && a.DueDate < today && a.Status != PlanActionStatus.Done && a.Status != PlanActionStatus.Abandoned))
            .ToListAsync(ct);
    }

    /// <summary>The coordinator's desk: fiches past their due date and not done or abandoned, and blocked fiches.</summary>
    public async Task<IReadOnlyList<Row>> LateOrBlockedAsync(int conventionId, CancellationToken ct = default)
    {
        var today = Today();
        return await db.PlanActions.AsNoTracking()
            .Where(a => a.ConventionId == conventionId && (a.Status == PlanActionStatus.Blocked
                || (a.DueDate != null && a.DueDate < today && a.Status != PlanActionStatus.Done && a.Status != PlanActionStatus.Abandoned)))
            .OrderBy(a => a.DueDate).ThenBy(a => a.Number).Take(MaxActions)
            .Select(a => new Row(a.Number, a.Title, a.Axis!.Name, a.Status, a.Progress, a.StartDate, a.DueDate,
                a.DueDate != null && a.DueDate < today && a.Status != PlanActionStatus.Done && a.Status != PlanActionStatus.Abandoned))
            .ToListAsync(ct);
    }

    public async Task<Detail?> DetailAsync(int conventionId, int number, CancellationToken ct = default)
    {
        var action = await db.PlanActions.AsNoTracking().Include(a => a.Partners)
            .FirstOrDefaultAsync(a => a.ConventionId == conventionId && a.Number == number, ct);
        if (action is null) return null;
        var axis = await db.Axes.Where(a => a.Id == action.AxisId).Select(a => a.Name).FirstAsync(ct);
        var partners = await db.PlanActionPartners.Where(p => p.ActionId == action.Id).OrderBy(p => p.Partner!.Name).Select(p => p.Partner!.Name).ToListAsync(ct);
        var indicators = await db.PlanIndicators.AsNoTracking().Where(i => i.ActionId == action.Id).OrderBy(i => i.Id)
            .Select(i => new Indicator(i.Id, i.Label, i.Baseline, i.Target,
                i.Measurements.OrderBy(m => m.MeasuredOn).Select(m => new Measurement(m.MeasuredOn, m.Value)).ToList()))
            .ToListAsync(ct);
        var notes = await db.PlanActionNotes.AsNoTracking().Where(n => n.ActionId == action.Id)
            .OrderByDescending(n => n.WrittenOn).ThenByDescending(n => n.Id).Select(n => new Note(n.WrittenOn, n.Text, n.IsPublic)).ToListAsync(ct);
        var linkedIds = await db.PlanActionRoutings.Where(l => l.ActionId == action.Id).Select(l => l.RoutingId).ToListAsync(ct);
        var contributions = (await RoutedContributionsAsync(conventionId, ct)).Where(c => linkedIds.Contains(c.RoutingId)).ToList();
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.PlanActionId == action.Id && d.Meeting!.ConventionId == conventionId)
            .OrderBy(d => d.Meeting!.StartsAt).ThenBy(d => d.Id)
            .Select(d => new LinkedDecision(d.MeetingId, d.Meeting!.Title, d.Meeting.StartsAt, d.Text, d.Status)).ToListAsync(ct);
        return new Detail(action, axis, partners, indicators, notes, contributions, action.IsLate(Today())) { Decisions = decisions };
    }

    /// <summary>The contributions routed to the CTG's working groups, for the select that links one to an action.</summary>
    public async Task<IReadOnlyList<LinkedContribution>> RoutedContributionsAsync(int conventionId, CancellationToken ct = default)
    {
        var rows = await db.Routings.AsNoTracking().Where(r => r.ConventionId == conventionId)
            .OrderByDescending(r => r.RoutedAt).Take(MaxActions)
            .Select(r => new { r.Id, r.ContributionKind, r.ContributionId, Group = r.WorkingGroup!.Name })
            .ToListAsync(ct);
        // Titles and links come from each kind's routable source, like on the routing desk.
        var described = await desk.DescribeAsync(conventionId, rows.Select(r => new RoutingDesk.ItemRef(r.ContributionKind, r.ContributionId)), ct);
        return rows.Select(r =>
        {
            var item = new RoutingDesk.ItemRef(r.ContributionKind, r.ContributionId);
            var title = described.GetValueOrDefault(item)?.Title ?? "sans titre";
            return new LinkedContribution(r.Id, $"{desk.KindLabel(r.ContributionKind)} n° {r.ContributionId} — {title} → {r.Group}", desk.LinkOf(item));
        }).ToList();
    }

    /// <summary>The plan as the public CTG page shows it: statuses, progress, public notes only.</summary>
    public async Task<IReadOnlyList<PublicAction>> PublicPlanAsync(int conventionId, CancellationToken ct = default)
    {
        var actions = await db.PlanActions.AsNoTracking().Where(a => a.ConventionId == conventionId).OrderBy(a => a.Number).Take(MaxActions)
            .Select(a => new { a.Id, a.Number, a.Title, Axis = a.Axis!.Name, a.Finality, a.Status, a.Progress, a.DueDate })
            .ToListAsync(ct);
        var ids = actions.Select(a => a.Id).ToList();
        // Internal notes never leave the database for this page: the filter is in the query.
        var notes = (await db.PlanActionNotes.AsNoTracking().Where(n => n.IsPublic && ids.Contains(n.ActionId))
            .OrderByDescending(n => n.WrittenOn).ThenByDescending(n => n.Id)
            .Select(n => new { n.ActionId, Note = new Note(n.WrittenOn, n.Text, true) }).ToListAsync(ct)).ToLookup(n => n.ActionId, n => n.Note);
        return actions.Select(a => new PublicAction(a.Number, a.Title, a.Axis, a.Finality, a.Status, a.Progress, a.DueDate, notes[a.Id].Take(5).ToList())).ToList();
    }

    /// <summary>Id and title of a fiche, for an alert to the Copil.</summary>
    public Task<ActionRef?> FindRefAsync(int conventionId, int number, CancellationToken ct = default) =>
        db.PlanActions.Where(a => a.ConventionId == conventionId && a.Number == number)
            .Select(a => new ActionRef(a.Id, a.Number, a.Title)).FirstOrDefaultAsync(ct);

    public sealed record ActionRef(int Id, int Number, string Title);
}
