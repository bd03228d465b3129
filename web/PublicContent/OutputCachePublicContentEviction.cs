using Ctg.Participation.PublicContent;
using Microsoft.AspNetCore.OutputCaching;

namespace Ctg.Participation.Web.PublicContent;

/// <summary>Evicts the output cache's copies of the pages a committed write changed (shared through Redis when configured).</summary>
public sealed class OutputCachePublicContentEviction(IOutputCacheStore store) : IPublicContentEviction
{
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct = default)
    {
        foreach (var tag in tags) await store.EvictByTagAsync(tag, ct);
    }
}
