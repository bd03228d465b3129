using Ctg.Participation.Data;

namespace Ctg.Participation.PublicContent;

/// <summary>
/// For writes the change tracker does not see (ExecuteUpdate, ExecuteDelete): the feature names the pages it changed,
/// right after the statement. Inside a transaction the eviction waits for the commit, like tracked changes do.
/// </summary>
public sealed class PublicContentChanges(PortalDbContext db, PublicContentChangeInterceptor interceptor)
{
    public Task TouchAsync(params string[] tags) => interceptor.TouchAsync(db, tags);
}
