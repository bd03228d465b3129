namespace Ctg.Participation.PublicContent;

/// <summary>
/// Told the tags of the public content a committed write changed, at the same two moments the cached pages are
/// evicted (<see cref="PublicContentChangeInterceptor"/>): for in-memory copies of public data (such as the proposal
/// list's filter options) that must follow the same writes as the page cache. Called on the writer's thread: keep it
/// quick and never throw.
/// </summary>
public interface IPublicContentListener
{
    void Changed(IReadOnlyCollection<string> tags);
}
