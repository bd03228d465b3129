namespace Ctg.Participation.Routing;

/// <summary>
/// One kind of contribution the coordinator's routing desk lists and routes (proposals, initiatives, wall cards sent
/// up by a network, survey answers flagged by the coordinator…). Each feature registers its own source with
/// <see cref="RoutingFeature.AddRoutableSource{T}"/>; the desk asks every source and never knows the feature.
/// </summary>
public interface IRoutableSource
{
    ContributionKind Kind { get; }

    /// <summary>The key prefix of an item in forms ("proposition" → "proposition-12").</summary>
    string KeyPrefix { get; }

    /// <summary>French label of the kind, for filters and messages ("Proposition", "Carte de mur").</summary>
    string KindLabel { get; }

    /// <summary>
    /// The items of the CTG that can be routed (published, validated, sent up…), filtered in the database by
    /// <paramref name="filter"/> (axis, commune, oldest/youngest date); only the given ids when <paramref name="ids"/> is set.
    /// </summary>
    Task<IReadOnlyList<RoutableItem>> ListAsync(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids, CancellationToken ct = default);

    /// <summary>
    /// Only the id and waiting date of every item <see cref="ListAsync"/> would list: the desk sorts and counts these,
    /// then describes just the page it shows. A source with many items (proposals) answers it with a narrow query.
    /// </summary>
    async Task<IReadOnlyList<RoutableStub>> StubsAsync(int conventionId, RoutableFilter filter, CancellationToken ct = default) =>
        (await ListAsync(conventionId, filter, null, ct)).Select(i => new RoutableStub(i.Id, i.Since)).ToList();

    /// <summary>
    /// The stubs as a query the desk composes in the database (the routing status, the counts, the order and the page),
    /// for a source whose CTG may hold tens of thousands of items: nothing is read but the page and two counts. Null,
    /// the default, for a source small enough to be sorted and counted in memory from <see cref="StubsAsync"/>.
    /// </summary>
    IQueryable<RoutableStubRow>? StubQuery(int conventionId, RoutableFilter filter) => null;

    /// <summary>Where the contributor (or a group member) reads the item; null when it has no page.</summary>
    string? PublicLink(int id);
}

/// <summary>Filters a source applies in its query. SinceBefore/SinceAfter bound the date the item started waiting.</summary>
public sealed record RoutableFilter(int? AxisId = null, int? MunicipalityId = null, DateTimeOffset? SinceBefore = null, DateTimeOffset? SinceAfter = null)
{
    public static readonly RoutableFilter None = new();
}

/// <summary>An item as the desk shows it. AuthorId is notified of the routing (null for anonymous or deleted authors).</summary>
public sealed record RoutableItem(
    ContributionKind Kind,
    int Id,
    string Title,
    DateTimeOffset Since,
    IReadOnlyList<RoutableTag> Axes,
    IReadOnlyList<RoutableTag> Municipalities,
    string? AuthorId);

public sealed record RoutableTag(int Id, string Name);

/// <summary>An item reduced to what the desk sorts and counts by.</summary>
public sealed record RoutableStub(int Id, DateTimeOffset Since);

/// <summary>A stub as a query row: a class with settable members, so that the database can filter and order by them.</summary>
public sealed class RoutableStubRow
{
    public int Id { get; init; }
    public DateTimeOffset Since { get; init; }
}
