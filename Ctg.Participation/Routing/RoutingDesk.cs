using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Routing;

/// <summary>
/// The coordinator's routing desk: every routable contribution of the CTG (each kind comes from its feature's
/// <see cref="IRoutableSource"/>), longest waiting first, and routing one or several of them to the CTG's working
/// groups. Routing several is all or nothing: every item and every group is checked before anything is written, then
/// one SaveChanges (one transaction) stores them all; a unique index refuses a second open routing of the same item
/// to the same group, so two coordinators clicking at once store one.
/// </summary>
public sealed class RoutingDesk(PortalDbContext db, ConventionAccess access, NotificationCentre notifications, TimeProvider clock,
    IEnumerable<IRoutableSource> sources, RoutingDeskCounts? counts = null)
{
    /// <summary>An item of any kind; its form key comes from <see cref="RoutableKeys"/>.</summary>
    public sealed record ItemRef(ContributionKind Kind, int Id);

    public enum StatusFilter { New, InProgress, Answered, All }

    /// <summary>How long an item has been waiting: under a week, one week to 30 days, over 30 days.</summary>
    public enum AgeFilter { Any, UnderAWeek, WeekToMonth, OverAMonth }

    public sealed record Filter(ContributionKind? Kind, int? AxisId, int? MunicipalityId, StatusFilter Status, AgeFilter Age = AgeFilter.Any);

    public sealed record InboxItem(ItemRef Ref, string Key, string KindLabel, string Title, string? Link, DateTimeOffset Since, IReadOnlyList<string> Axes,
        IReadOnlyList<string> Municipalities, IReadOnlyList<string> RoutedTo, bool IsNew, bool IsAnswered, bool IsLongWaiting);

    public sealed record Request(IReadOnlyList<ItemRef> Items, IReadOnlyList<int> WorkingGroupIds, IReadOnlyList<int> AxisIds, string? Message);

    /// <summary>Field is "Items", "WorkingGroupIds", "Message" or "" ; FailedItem names the item that stopped the routing.</summary>
    public sealed record Outcome(int Stored, string? Field, string? Error, string? FailedItem)
    {
        public bool Succeeded => Error is null;
    }

    public sealed record GroupOption(int Id, string Name, string Slug);

    public sealed record KindOption(ContributionKind Kind, string Key, string Label);

    private readonly IReadOnlyList<IRoutableSource> _sources = sources.OrderBy(s => s.Kind).ToList();

    /// <summary>Form keys of the items, read from the sources' prefixes.</summary>
    public RoutableKeys Keys { get; } = new(sources);

    /// <summary>The kinds of contribution the desk lists (one per registered source).</summary>
    public IReadOnlyList<KindOption> Kinds => _sources.Select(s => new KindOption(s.Kind, s.KeyPrefix, s.KindLabel)).ToList();

    public string KindLabel(ContributionKind kind) => SourceOf(kind)?.KindLabel ?? "Contribution";

    /// <summary>Where an item is read, whatever its kind; null when it has no page.</summary>
    public string? LinkOf(ItemRef item) => SourceOf(item.Kind)?.PublicLink(item.Id);

    private IRoutableSource? SourceOf(ContributionKind kind) => _sources.FirstOrDefault(s => s.Kind == kind);

    /// <summary>The working groups of the CTG: the only places its contributions may be routed to.</summary>
    public async Task<IReadOnlyList<GroupOption>> GroupsAsync(int conventionId, CancellationToken ct = default) =>
        await db.WorkingGroups.AsNoTracking().Where(g => g.ConventionId == conventionId).OrderBy(g => g.Name)
            .Select(g => new GroupOption(g.Id, g.Name, g.Slug)).ToListAsync(ct);

    /// <summary>The desk shows this many items a page, oldest first; the others are counted and reached page by page.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// Where a page ends, in the desk's order (waiting date, then kind, then id): the next page starts after it. Written
    /// in addresses as "ticks-kind-id"; anything else reads as the first page.
    /// </summary>
    public sealed record Cursor(DateTimeOffset Since, ContributionKind Kind, int Id)
    {
        public override string ToString() => $"{Since.UtcTicks}-{(int)Kind}-{Id}";

        public static Cursor? Parse(string? text)
        {
            var parts = text?.Split('-');
            if (parts is not { Length: 3 }
                || !long.TryParse(parts[0], System.Globalization.NumberStyles.None, null, out var ticks) || ticks > DateTimeOffset.MaxValue.UtcTicks
                || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, null, out var kind) || !Enum.IsDefined((ContributionKind)kind)
                || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, null, out var id))
                return null;
            return new Cursor(new DateTimeOffset(ticks, TimeSpan.Zero), (ContributionKind)kind, id);
        }
    }

    /// <summary>A page of the desk, how many items match in all, how many of them have waited too long, and where the next page starts.</summary>
    public sealed record Inbox(IReadOnlyList<InboxItem> Items, int Total, int LongWaiting, Cursor? Next = null);

    /// <summary>
    /// The first <paramref name="take"/> items matching the filter after <paramref name="after"/> (from the oldest when
    /// null), longest waiting first, and how many match in all.
    /// </summary>
    public async Task<Inbox> InboxPageAsync(int conventionId, Filter filter, int take = PageSize, CancellationToken ct = default, Cursor? after = null)
    {
        var now = clock.GetUtcNow();
        var routable = RoutableFilterOf(filter, now);
        // One more than the page from each source tells whether a next page exists.
        var ask = take == int.MaxValue ? take : take + 1;
        var candidates = new List<Stub>();
        int total = 0, longWaiting = 0;
        foreach (var source in _sources.Where(s => filter.Kind is null || s.Kind == filter.Kind))
        {
            var part = source.StubQuery(conventionId, routable) is { } query
                ? await InDatabaseAsync(RoutingDeskCounts.Key(conventionId, source.Kind, filter), conventionId, source, query, filter.Status, ask, after,
                    now - RoutingRules.LongWait, ct)
                : await InMemoryAsync(conventionId, source, routable, filter.Status, ask, after, now, ct);
            total += part.Total;
            longWaiting += part.LongWaiting;
            candidates.AddRange(part.Page);
        }
        // Each source gave its own first items; the page is the first of them all.
        var ordered = candidates.OrderBy(c => c.Since).ThenBy(c => c.Ref.Kind).ThenBy(c => c.Ref.Id).ToList();
        var page = ordered.Take(take).ToList();
        var next = ordered.Count > page.Count && page.Count > 0 ? new Cursor(page[^1].Since, page[^1].Ref.Kind, page[^1].Ref.Id) : null;
        return new Inbox(await DescribePageAsync(conventionId, page, now, ct), total, longWaiting, next);
    }

    public async Task<IReadOnlyList<InboxItem>> InboxAsync(int conventionId, Filter filter, CancellationToken ct = default) =>
        (await InboxPageAsync(conventionId, filter, int.MaxValue, ct)).Items;

    /// <summary>A waiting item before it is described: what the page is sorted by.</summary>
    private sealed record Stub(ItemRef Ref, IRoutableSource Source, DateTimeOffset Since);

    /// <summary>One source's share of the inbox: its first items in the desk's order, how many match, how many waited too long.</summary>
    private sealed record Part(IReadOnlyList<Stub> Page, int Total, int LongWaiting);

    private sealed record RoutingInfo(ItemRef Ref, RoutingStatus Status, string Group);

    private static RoutableFilter RoutableFilterOf(Filter filter, DateTimeOffset now) => filter.Age switch
    {
        AgeFilter.UnderAWeek => new RoutableFilter(filter.AxisId, filter.MunicipalityId, SinceAfter: now.AddDays(-7)),
        AgeFilter.WeekToMonth => new RoutableFilter(filter.AxisId, filter.MunicipalityId, SinceBefore: now.AddDays(-7), SinceAfter: now - RoutingRules.LongWait),
        AgeFilter.OverAMonth => new RoutableFilter(filter.AxisId, filter.MunicipalityId, SinceBefore: now - RoutingRules.LongWait),
        _ => new RoutableFilter(filter.AxisId, filter.MunicipalityId),
    };

    /// <summary>
    /// A large source, in the database: the status is a membership in the CTG's routings of that kind (a handful next
    /// to the items), the counts walk an index, and only the first <paramref name="take"/> stubs are read.
    /// </summary>
    private async Task<Part> InDatabaseAsync(string countsKey, int conventionId, IRoutableSource source, IQueryable<RoutableStubRow> query,
        StatusFilter status, int take, Cursor? after, DateTimeOffset longBefore, CancellationToken ct)
    {
        // Values the queries use are plain locals: EF Core reads them as parameters, where a property of a captured
        // object may cost it an evaluation of its own at every execution.
        var sourceKind = source.Kind;
        var routings = db.Routings.Where(r => r.ConventionId == conventionId && r.ContributionKind == sourceKind);
        var open = routings.Where(r => r.Status != RoutingStatus.HandedBack).Select(r => r.ContributionId);
        var active = routings.Where(r => r.Status == RoutingStatus.Routed || r.Status == RoutingStatus.Acknowledged).Select(r => r.ContributionId);
        var answered = routings.Where(r => r.Status == RoutingStatus.Answered).Select(r => r.ContributionId);
        // The same rules as RoutingRules.IsNew and IsAnswered, said as set membership.
        var matching = status switch
        {
            StatusFilter.New => query.Where(s => !open.Contains(s.Id)),
            StatusFilter.InProgress => query.Where(s => active.Contains(s.Id)),
            StatusFilter.Answered => query.Where(s => answered.Contains(s.Id) && !active.Contains(s.Id)),
            _ => query,
        };
        async Task<RoutingDeskCounts.Counts> CountAsync() => new(
            await matching.CountAsync(ct),
            status is StatusFilter.New or StatusFilter.All ? await query.Where(s => !open.Contains(s.Id) && s.Since < longBefore).CountAsync(ct) : 0);
        var (total, longWaiting) = counts is null ? await CountAsync() : await counts.GetAsync(countsKey, CountAsync);
        if (after is { } c)
        {
            // After the cursor in the desk's order: a later date, or the same date and a later kind, or the same kind and a later id.
            var (since, id) = (c.Since, c.Id);
            matching = source.Kind > c.Kind ? matching.Where(s => s.Since >= since)
                : source.Kind == c.Kind ? matching.Where(s => s.Since > since || (s.Since == since && s.Id > id))
                : matching.Where(s => s.Since > since);
        }
        var rows = await matching.OrderBy(s => s.Since).ThenBy(s => s.Id).Take(take).ToListAsync(ct);
        return new Part(rows.Select(r => new Stub(new ItemRef(source.Kind, r.Id), source, r.Since)).ToList(), total, longWaiting);
    }

    /// <summary>A small source (sent-up cards, flagged answers), in memory from its stubs and the CTG's routings of that kind.</summary>
    private async Task<Part> InMemoryAsync(int conventionId, IRoutableSource source, RoutableFilter routable, StatusFilter status, int take,
        Cursor? after, DateTimeOffset now, CancellationToken ct)
    {
        var sourceKind = source.Kind;
        var statuses = (await db.Routings.AsNoTracking().Where(r => r.ConventionId == conventionId && r.ContributionKind == sourceKind)
            .Select(r => new { r.ContributionId, r.Status }).ToListAsync(ct)).ToLookup(r => r.ContributionId, r => r.Status);
        var matching = new List<Stub>();
        var longWaiting = 0;
        foreach (var stub in await source.StubsAsync(conventionId, routable, ct))
        {
            var own = statuses[stub.Id].ToList();
            var isNew = RoutingRules.IsNew(own);
            if (!Keeps(status, isNew, RoutingRules.IsAnswered(own))) continue;
            matching.Add(new Stub(new ItemRef(source.Kind, stub.Id), source, stub.Since));
            if (isNew && RoutingRules.IsLongWaiting(stub.Since, now)) longWaiting++;
        }
        var page = matching.Where(m => after is null || IsAfter(m, after)).OrderBy(m => m.Since).ThenBy(m => m.Ref.Id).Take(take).ToList();
        return new Part(page, matching.Count, longWaiting);
    }

    private static bool IsAfter(Stub stub, Cursor cursor) =>
        stub.Since != cursor.Since ? stub.Since > cursor.Since
        : stub.Ref.Kind != cursor.Kind ? stub.Ref.Kind > cursor.Kind
        : stub.Ref.Id > cursor.Id;

    private static bool Keeps(StatusFilter status, bool isNew, bool answered) => status switch
    {
        StatusFilter.New => isNew,
        StatusFilter.InProgress => !isNew && !answered,
        StatusFilter.Answered => answered,
        _ => true,
    };

    /// <summary>Titles, axes and communes of the page shown, and where its items were routed.</summary>
    private async Task<IReadOnlyList<InboxItem>> DescribePageAsync(int conventionId, IReadOnlyList<Stub> page, DateTimeOffset now, CancellationToken ct)
    {
        var described = await DescribeAsync(conventionId, page.Select(m => m.Ref), ct);
        var routings = await RoutingsOfAsync(conventionId, page.Select(m => m.Ref), ct);
        // An item withdrawn between the two reads is left out rather than shown half described.
        return page.Where(m => described.ContainsKey(m.Ref)).Select(m =>
        {
            var item = described[m.Ref];
            var own = routings[m.Ref].ToList();
            var isNew = RoutingRules.IsNew(own.Select(r => r.Status));
            return new InboxItem(m.Ref, Keys.KeyOf(m.Ref), m.Source.KindLabel, item.Title, m.Source.PublicLink(item.Id), m.Since,
                item.Axes.Select(a => a.Name).ToList(), item.Municipalities.Select(c => c.Name).ToList(),
                own.Where(r => r.Status != RoutingStatus.HandedBack).Select(r => r.Group).Distinct().ToList(),
                isNew, RoutingRules.IsAnswered(own.Select(r => r.Status)), isNew && RoutingRules.IsLongWaiting(m.Since, now));
        }).ToList();
    }

    private async Task<ILookup<ItemRef, RoutingInfo>> RoutingsOfAsync(int conventionId, IEnumerable<ItemRef> items, CancellationToken ct)
    {
        var found = new List<RoutingInfo>();
        foreach (var kind in items.GroupBy(i => i.Kind))
        {
            var ids = kind.Select(i => i.Id).ToArray();
            var contributionKind = kind.Key;
            found.AddRange((await db.Routings.AsNoTracking()
                    .Where(r => r.ConventionId == conventionId && r.ContributionKind == contributionKind && EF.Parameter(ids).Contains(r.ContributionId))
                    .OrderBy(r => r.Id)
                    .Select(r => new { r.ContributionId, r.Status, Group = r.WorkingGroup!.Name }).ToListAsync(ct))
                .Select(r => new RoutingInfo(new ItemRef(kind.Key, r.ContributionId), r.Status, r.Group)));
        }
        return found.ToLookup(r => r.Ref);
    }

    /// <summary>The items as their sources describe them (only those still routable), by reference.</summary>
    public async Task<Dictionary<ItemRef, RoutableItem>> DescribeAsync(int conventionId, IEnumerable<ItemRef> items, CancellationToken ct = default)
    {
        var found = new Dictionary<ItemRef, RoutableItem>();
        foreach (var group in items.GroupBy(i => i.Kind))
        {
            if (SourceOf(group.Key) is not { } source) continue;
            foreach (var item in await source.ListAsync(conventionId, RoutableFilter.None, group.Select(i => i.Id).Distinct().ToList(), ct))
            {
                found[new ItemRef(item.Kind, item.Id)] = item;
            }
        }
        return found;
    }

    /// <summary>Routes every item to every group, or nothing at all; says which item failed and why.</summary>
    public async Task<Outcome> RouteAsync(int conventionId, Actor actor, Request request, CancellationToken ct = default)
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

        var message = PortalText.PlainText(request.Message);
        if (message.Length > RoutingRules.MessageMax)
            return new(0, nameof(Request.Message), $"Le message compte au plus {RoutingRules.MessageMax:N0} caractères.", null);

        var described = await DescribeAsync(conventionId, items, ct);
        var open = await db.Routings.AsNoTracking()
            .Where(r => r.ConventionId == conventionId && groupIds.Contains(r.WorkingGroupId) && r.Status != RoutingStatus.HandedBack)
            .Select(r => new { r.ContributionKind, r.ContributionId, r.WorkingGroupId }).ToListAsync(ct);

        var found = new List<RoutableItem>();
        foreach (var item in items)
        {
            if (!described.TryGetValue(item, out var candidate))
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
                    ConventionId = conventionId, ContributionKind = candidate.Kind, ContributionId = candidate.Id, WorkingGroupId = group.Id,
                    Message = message.Length == 0 ? null : message, RoutedAt = now,
                    Axes = axisIds.Select(a => new RoutingAxis { AxisId = a }).ToList(),
                    Events = [new RoutingEvent { Step = RoutingStep.Routed, ActorId = actor.UserId, At = now, Text = message.Length == 0 ? null : message }],
                });
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // The unique index refused a second open routing: another coordinator routed one of these items to one of
            // these groups between our check and our write. Any other failure is not ours to explain away.
            var nowOpen = await db.Routings.AsNoTracking()
                .Where(r => r.ConventionId == conventionId && groupIds.Contains(r.WorkingGroupId) && r.Status != RoutingStatus.HandedBack)
                .Select(r => new { r.ContributionKind, r.ContributionId }).ToListAsync(ct);
            var raced = found.FirstOrDefault(c => nowOpen.Any(o => o.ContributionKind == c.Kind && o.ContributionId == c.Id));
            if (raced is null) throw;
            return new(0, nameof(Request.Items), "Cet élément vient d'être orienté par quelqu'un d'autre. Rien n'a été orienté : rechargez la page.",
                Describe(new ItemRef(raced.Kind, raced.Id), raced.Title));
        }

        // Notifications follow the commit: a failed mail never undoes a routing.
        foreach (var group in groups)
        {
            await notifications.PublishAsync(group.Members, $"Nouvel élément orienté vers « {group.Name} » : {found.Count} contribution(s).",
                group.Link, ct);
            foreach (var candidate in found.Where(c => c.AuthorId is not null))
            {
                var link = LinkOf(new ItemRef(candidate.Kind, candidate.Id)) ?? group.Link;
                await notifications.PublishAsync([candidate.AuthorId!], $"« {candidate.Title} » : {RoutingRules.Label(RoutingStatus.Routed, group.Name)}.", link, ct);
            }
        }
        return new(found.Count * groups.Count, null, null, null);
    }

    private string Describe(ItemRef item, string? title) =>
        KindLabel(item.Kind) + (title is null ? $" n° {item.Id}" : $" « {title} »");
}
