using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Routing;

/// <summary>
/// The coordinator's routing desk: the CTG's published proposals and validated initiatives, longest waiting first,
/// and routing one or several of them to the CTG's working groups. Routing several is all or nothing: every item and
/// every group is checked before anything is written, then one SaveChanges (one transaction) stores them all.
/// </summary>
public sealed class RoutingDesk(PortalDbContext db, ConventionAccess access, NotificationCentre notifications, TimeProvider clock)
{
    public sealed record ItemRef(ContributionKind Kind, int Id)
    {
        /// <summary>The form value of a checkbox: "proposition-12", "initiative-3".</summary>
        public string Key => $"{(Kind == ContributionKind.Proposal ? "proposition" : "initiative")}-{Id}";

        public static ItemRef? Parse(string? key)
        {
            var dash = key?.LastIndexOf('-') ?? -1;
            if (dash <= 0 || !int.TryParse(key![(dash + 1)..], out var id)) return null;
            return key[..dash] switch
            {
                "proposition" => new(ContributionKind.Proposal, id),
                "initiative" => new(ContributionKind.Initiative, id),
                _ => null,
            };
        }
    }

    public enum StatusFilter { New, InProgress, Answered, All }

    public sealed record Filter(ContributionKind? Kind, int? AxisId, int? MunicipalityId, StatusFilter Status);

    public sealed record InboxItem(ItemRef Ref, string Title, DateTimeOffset Since, IReadOnlyList<string> Axes, IReadOnlyList<string> Municipalities,
        IReadOnlyList<string> RoutedTo, bool IsNew, bool IsAnswered, bool IsLongWaiting);

    public sealed record Request(IReadOnlyList<ItemRef> Items, IReadOnlyList<int> WorkingGroupIds, IReadOnlyList<int> AxisIds, string? Message);

    /// <summary>Field is "Items", "WorkingGroupIds", "Message" or "" ; FailedItem names the item that stopped the routing.</summary>
    public sealed record Outcome(int Stored, string? Field, string? Error, string? FailedItem)
    {
        public bool Succeeded => Error is null;
    }

    private sealed record Candidate(ItemRef Ref, string Title, DateTimeOffset Since, List<string> Axes, List<string> Municipalities, List<int> AxisIds, List<int> MunicipalityIds, string? AuthorId);

    public sealed record GroupOption(int Id, string Name, string Slug);

    /// <summary>The working groups of the CTG: the only places its contributions may be routed to.</summary>
    public async Task<IReadOnlyList<GroupOption>> GroupsAsync(int conventionId, CancellationToken ct = default) =>
        await db.WorkingGroups.AsNoTracking().Where(g => g.ConventionId == conventionId).OrderBy(g => g.Name)
            .Select(g => new GroupOption(g.Id, g.Name, g.Slug)).ToListAsync(ct);

    public async Task<IReadOnlyList<InboxItem>> InboxAsync(int conventionId, Filter filter, CancellationToken ct = default)
    {
        var candidates = new List<Candidate>();
        if (filter.Kind is null or ContributionKind.Proposal) candidates.AddRange(await ProposalsAsync(conventionId, null, ct));
        if (filter.Kind is null or ContributionKind.Initiative) candidates.AddRange(await InitiativesAsync(conventionId, null, ct));
        if (filter.AxisId is { } axis) candidates.RemoveAll(c => !c.AxisIds.Contains(axis));
        if (filter.MunicipalityId is { } commune) candidates.RemoveAll(c => !c.MunicipalityIds.Contains(commune));

        var routings = await db.Routings.AsNoTracking().Where(r => r.ConventionId == conventionId)
            .Select(r => new { r.ContributionKind, r.ContributionId, r.Status, Group = r.WorkingGroup!.Name }).ToListAsync(ct);
        var byItem = routings.ToLookup(r => new ItemRef(r.ContributionKind, r.ContributionId));
        var now = clock.GetUtcNow();

        return candidates.Select(c =>
            {
                var own = byItem[c.Ref].ToList();
                var isNew = RoutingRules.IsNew(own.Select(r => r.Status));
                var answered = own.Count > 0 && own.All(r => r.Status is RoutingStatus.Answered or RoutingStatus.HandedBack) && own.Any(r => r.Status == RoutingStatus.Answered);
                return new InboxItem(c.Ref, c.Title, c.Since, c.Axes, c.Municipalities,
                    own.Where(r => r.Status != RoutingStatus.HandedBack).Select(r => r.Group).Distinct().ToList(),
                    isNew, answered, isNew && RoutingRules.IsLongWaiting(c.Since, now));
            })
            .Where(i => filter.Status switch
            {
                StatusFilter.New => i.IsNew,
                StatusFilter.InProgress => !i.IsNew && !i.IsAnswered,
                StatusFilter.Answered => i.IsAnswered,
                _ => true,
            })
            .OrderBy(i => i.Since).ThenBy(i => i.Ref.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Routes every item to every group, or nothing at all; says which item failed and why.</summary>
    public async Task<Outcome> RouteAsync(int conventionId, ProposalAnswers.Actor actor, Request request, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct))
            return new(0, "", "Vous ne pouvez pas orienter les contributions de cette CTG.", null);
        var items = request.Items.Distinct().ToList();
        if (items.Count == 0) return new(0, nameof(Request.Items), "Cochez au moins un élément à orienter.", null);
        var groupIds = request.WorkingGroupIds.Distinct().ToList();
        if (groupIds.Count == 0) return new(0, nameof(Request.WorkingGroupIds), "Choisissez au moins un groupe de travail.", null);

        var groups = await db.WorkingGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .Select(g => new { g.Id, g.Name, g.ConventionId, Link = "/groupes/" + g.Convention!.Slug + "/" + g.Slug, Members = g.Members.Select(m => m.UserId).ToList() })
            .ToListAsync(ct);
        if (groups.Count != groupIds.Count || groups.Any(g => g.ConventionId != conventionId))
            return new(0, nameof(Request.WorkingGroupIds), "Choisissez des groupes de travail de cette CTG.", null);

        var axisIds = request.AxisIds.Distinct().ToList();
        if (axisIds.Count > 0 && await db.Axes.CountAsync(a => axisIds.Contains(a.Id) && a.ConventionId == conventionId, ct) != axisIds.Count)
            return new(0, nameof(Request.AxisIds), "Choisissez des axes de cette CTG.", null);

        var message = ProposalText.PlainText(request.Message);
        if (message.Length > RoutingRules.MessageMax)
            return new(0, nameof(Request.Message), $"Le message compte au plus {RoutingRules.MessageMax:N0} caractères.", null);

        var proposals = (await ProposalsAsync(conventionId, items.Where(i => i.Kind == ContributionKind.Proposal).Select(i => i.Id).ToList(), ct)).ToDictionary(c => c.Ref);
        var initiatives = (await InitiativesAsync(conventionId, items.Where(i => i.Kind == ContributionKind.Initiative).Select(i => i.Id).ToList(), ct)).ToDictionary(c => c.Ref);
        var open = await db.Routings.AsNoTracking()
            .Where(r => r.ConventionId == conventionId && groupIds.Contains(r.WorkingGroupId) && r.Status != RoutingStatus.HandedBack)
            .Select(r => new { r.ContributionKind, r.ContributionId, r.WorkingGroupId }).ToListAsync(ct);

        var found = new List<Candidate>();
        foreach (var item in items)
        {
            if (!proposals.TryGetValue(item, out var candidate) && !initiatives.TryGetValue(item, out candidate))
                return new(0, nameof(Request.Items), "Cet élément n'est pas une contribution publiée de cette CTG.", Describe(item, null));
            if (open.FirstOrDefault(o => o.ContributionKind == item.Kind && o.ContributionId == item.Id) is { } already)
            {
                var group = groups.First(g => g.Id == already.WorkingGroupId).Name;
                return new(0, nameof(Request.Items), $"Cet élément est déjà orienté vers « {group} ».", Describe(item, candidate.Title));
            }
            found.Add(candidate);
        }

        var now = clock.GetUtcNow();
        foreach (var candidate in found)
        {
            foreach (var group in groups)
            {
                db.Routings.Add(new Routing
                {
                    ConventionId = conventionId, ContributionKind = candidate.Ref.Kind, ContributionId = candidate.Ref.Id, WorkingGroupId = group.Id,
                    Message = message.Length == 0 ? null : message, RoutedAt = now,
                    Axes = axisIds.Select(a => new RoutingAxis { AxisId = a }).ToList(),
                    Events = [new RoutingEvent { Step = RoutingStep.Routed, ActorId = actor.UserId, At = now, Text = message.Length == 0 ? null : message }],
                });
            }
        }
        await db.SaveChangesAsync(ct);

        // Notifications follow the commit: a failed mail never undoes a routing.
        foreach (var group in groups)
        {
            await notifications.PublishAsync(group.Members, $"Nouvel élément orienté vers « {group.Name} » : {found.Count} contribution(s).",
                group.Link, ct);
            foreach (var candidate in found.Where(c => c.AuthorId is not null))
            {
                await notifications.PublishAsync([candidate.AuthorId!], $"« {candidate.Title} » : {RoutingRules.Label(RoutingStatus.Routed, group.Name)}.", PublicLink(candidate.Ref), ct);
            }
        }
        return new(found.Count * groups.Count, null, null, null);
    }

    public static string PublicLink(ItemRef item) => item.Kind == ContributionKind.Proposal ? $"/propositions/{item.Id}" : $"/initiatives/{item.Id}";

    private static string Describe(ItemRef item, string? title) =>
        (item.Kind == ContributionKind.Proposal ? "Proposition" : "Initiative") + (title is null ? $" n° {item.Id}" : $" « {title} »");

    private async Task<List<Candidate>> ProposalsAsync(int conventionId, List<int>? ids, CancellationToken ct)
    {
        var query = db.Proposals.AsNoTracking().Where(p => p.ConventionId == conventionId && p.PublishedAt != null && p.WithdrawnAt == null
                                                        && p.Moderation == ModerationState.Visible);
        if (ids is not null) query = query.Where(p => ids.Contains(p.Id));
        var rows = await query.Select(p => new
        {
            p.Id, p.Title, Since = p.PublishedAt!.Value, p.AuthorId,
            Axes = p.Axes.Select(a => new { a.AxisId, a.Axis!.Name }).ToList(),
            Municipalities = p.Municipalities.Select(m => new { m.MunicipalityId, m.Municipality!.Name }).ToList(),
        }).ToListAsync(ct);
        return rows.Select(p => new Candidate(new(ContributionKind.Proposal, p.Id), p.Title, p.Since, p.Axes.Select(a => a.Name).ToList(),
            p.Municipalities.Select(m => m.Name).ToList(), p.Axes.Select(a => a.AxisId).ToList(), p.Municipalities.Select(m => m.MunicipalityId).ToList(), p.AuthorId)).ToList();
    }

    private async Task<List<Candidate>> InitiativesAsync(int conventionId, List<int>? ids, CancellationToken ct)
    {
        var query = db.CitizenInitiatives.AsNoTracking().Where(i => i.ConventionId == conventionId && i.Status == InitiativeStatus.Validated);
        if (ids is not null) query = query.Where(i => ids.Contains(i.Id));
        var rows = await query.Select(i => new
        {
            i.Id, i.Name, Since = i.ReviewedAt ?? i.CreatedAt, i.AuthorId, i.AxisId, Axis = i.Axis!.Name,
            Municipalities = i.Municipalities.Select(m => new { m.MunicipalityId, m.Municipality!.Name }).ToList(),
        }).ToListAsync(ct);
        return rows.Select(i => new Candidate(new(ContributionKind.Initiative, i.Id), i.Name, i.Since, [i.Axis],
            i.Municipalities.Select(m => m.Name).ToList(), [i.AxisId], i.Municipalities.Select(m => m.MunicipalityId).ToList(), i.AuthorId)).ToList();
    }
}
