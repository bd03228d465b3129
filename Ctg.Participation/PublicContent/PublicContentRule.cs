namespace Ctg.Participation.PublicContent;

/// <summary>One feature's declaration: when an entity of <see cref="EntityType"/> is added, changed or removed, these
/// public pages show something else.</summary>
public sealed class PublicContentRule(Type entityType, Func<object, IEnumerable<string>> tags, IReadOnlyCollection<string> onlyWhenChanged)
{
    public Type EntityType { get; } = entityType;

    /// <summary>When not empty, an update counts only if one of these properties changed (an account's sign-in
    /// bookkeeping must not evict the pages that show its display name).</summary>
    public IReadOnlyCollection<string> OnlyWhenChanged { get; } = onlyWhenChanged;

    public IEnumerable<string> TagsFor(object entity) => tags(entity);
}
