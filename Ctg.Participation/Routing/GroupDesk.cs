using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Routing;

/// <summary>
/// A working group's side of routing: its members, axes and routed items, and the steps a member takes on an item
/// (acknowledge, answer, hand back), each kept in the item's history and told to the contributor.
/// </summary>
public sealed class GroupDesk(PortalDbContext db, ConventionAccess access, NotificationCentre notifications, TimeProvider clock, RoutingDesk desk)
{
    public sealed record Group(int Id, int ConventionId, string ConventionSlug, string ConventionName, string Slug, string Name, string? Description,
        IReadOnlyList<string> Axes, IReadOnlyList<string> Members);

    public sealed record HistoryLine(RoutingStep Step, string Actor, DateTimeOffset At, string? Text);

    public sealed record Item(int RoutingId, RoutingDesk.ItemRef Ref, string KindLabel, string Title, string? Link, RoutingStatus Status, string? Message, string? Answer,
        DateTimeOffset RoutedAt, IReadOnlyList<HistoryLine> History);

    /// <summary>Shown when the contribution was withdrawn, hidden or deleted after it was routed.</summary>
    public const string GoneTitle = "Contribution retirée ou supprimée";

    public sealed record Membership(string ConventionSlug, string ConventionName, string Slug, string Name, bool IsMember, int OpenItems);

    /// <summary>
    /// The groups a person works in (member), then the groups of the CTGs whose back-office they read; with the
    /// number of items still waiting for the group (routed or acknowledged, not yet answered or handed back).
    /// </summary>
    public async Task<IReadOnlyList<Membership>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        var readable = (await access.ReadableConventionsAsync(actor.UserId, actor.Roles, ct)).Select(c => c.Id).ToList();
        var rows = await db.WorkingGroups.AsNoTracking()
            .Where(g => g.Members.Any(m => m.UserId == actor.UserId) || readable.Contains(g.ConventionId))
            .OrderBy(g => g.Convention!.Name).ThenBy(g => g.Name)
            .Select(g => new Membership(g.Convention!.Slug, g.Convention.Name, g.Slug, g.Name,
                g.Members.Any(m => m.UserId == actor.UserId),
                db.Routings.Count(r => r.WorkingGroupId == g.Id && (r.Status == RoutingStatus.Routed || r.Status == RoutingStatus.Acknowledged))))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.IsMember).ToList();
    }

    public async Task<Group?> FindAsync(string ctg, string slug, CancellationToken ct = default) =>
        await db.WorkingGroups.AsNoTracking().Where(g => g.Convention!.Slug == ctg && g.Slug == slug)
            .Select(g => new Group(g.Id, g.ConventionId, g.Convention!.Slug, g.Convention.Name, g.Slug, g.Name, g.Description,
                g.Axes.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                g.Members.Select(m => db.Users.Where(u => u.Id == m.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "").ToList()))
            .FirstOrDefaultAsync(ct);

    /// <summary>Members of the group and the CTG's back-office readers may open it.</summary>
    public async Task<bool> CanOpenAsync(int groupId, int conventionId, Actor actor, CancellationToken ct = default) =>
        await IsMemberAsync(groupId, actor.UserId, ct) || await access.CanReadAsync(actor.UserId, actor.Roles, conventionId, ct);

    /// <summary>Members of the group and those who manage the CTG may act on its items; a Caf advisor only reads.</summary>
    public async Task<bool> CanActAsync(int groupId, int conventionId, Actor actor, CancellationToken ct = default) =>
        await IsMemberAsync(groupId, actor.UserId, ct) || await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct);

    public async Task<IReadOnlyList<Item>> ItemsAsync(int groupId, CancellationToken ct = default)
    {
        var conventionId = await db.WorkingGroups.Where(g => g.Id == groupId).Select(g => g.ConventionId).FirstAsync(ct);
        var rows = await db.Routings.AsNoTracking().Where(r => r.WorkingGroupId == groupId)
            .OrderBy(r => r.RoutedAt).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.ContributionKind, r.ContributionId, r.Status, r.Message, r.Answer, r.RoutedAt,
                History = r.Events.OrderBy(e => e.At).ThenBy(e => e.Id)
                    .Select(e => new { e.Step, Actor = e.Actor == null ? null : e.Actor.DisplayName, e.At, e.Text }).ToList(),
            }).ToListAsync(ct);
        var described = await desk.DescribeAsync(conventionId, rows.Select(r => new RoutingDesk.ItemRef(r.ContributionKind, r.ContributionId)), ct);
        return rows.Select(r =>
        {
            var item = new RoutingDesk.ItemRef(r.ContributionKind, r.ContributionId);
            var found = described.GetValueOrDefault(item);
            return new Item(r.Id, item, desk.KindLabel(item.Kind), found?.Title ?? GoneTitle, found is null ? null : desk.LinkOf(item), r.Status, r.Message, r.Answer, r.RoutedAt,
                r.History.Select(h => new HistoryLine(h.Step, h.Actor ?? Accounts.FormerParticipant.DisplayName, h.At, h.Text)).ToList());
        }).ToList();
    }

    /// <summary>Takes one step on a routing of this group. Returns a French error, or null.</summary>
    public async Task<string?> ActAsync(int groupId, int routingId, Actor actor, RoutingStep step, string? text, CancellationToken ct = default)
    {
        var routing = await db.Routings.Include(r => r.WorkingGroup).FirstOrDefaultAsync(r => r.Id == routingId && r.WorkingGroupId == groupId, ct);
        if (routing is null) return "Cet élément n'est pas orienté vers ce groupe.";
        if (!await CanActAsync(groupId, routing.ConventionId, actor, ct)) return "Seuls les membres du groupe et la coordination de la CTG peuvent agir sur cet élément.";
        if (!RoutingRules.CanTake(routing.Status, step)) return "Cette étape n'est plus possible pour cet élément.";
        var clean = PortalText.PlainText(text);
        if (RoutingRules.TextProblem(step, clean) is { } problem) return problem;

        var now = clock.GetUtcNow();
        routing.Status = RoutingRules.StatusAfter(step);
        if (step == RoutingStep.Answered) routing.Answer = clean;
        routing.Events.Add(new RoutingEvent { Step = step, ActorId = actor.UserId, At = now, Text = clean.Length == 0 ? null : clean });
        await db.SaveChangesAsync(ct);

        var item = new RoutingDesk.ItemRef(routing.ContributionKind, routing.ContributionId);
        var described = await desk.DescribeAsync(routing.ConventionId, [item], ct);
        if (described.GetValueOrDefault(item) is { AuthorId: { } author } contribution && step != RoutingStep.HandedBack)
        {
            await notifications.PublishAsync([author], $"« {contribution.Title} » : {RoutingRules.Label(routing.Status, routing.WorkingGroup!.Name)}.",
                desk.LinkOf(item) ?? "/", ct);
        }
        return null;
    }

    private Task<bool> IsMemberAsync(int groupId, string userId, CancellationToken ct) =>
        db.WorkingGroupMembers.AnyAsync(m => m.WorkingGroupId == groupId && m.UserId == userId, ct);
}
