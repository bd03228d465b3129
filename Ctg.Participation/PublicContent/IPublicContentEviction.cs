namespace Ctg.Participation.PublicContent;

/// <summary>
/// Removes cached public pages by tag. The web host implements it over its output cache (shared through Redis when
/// configured); without a host (unit tests, the benchmark generator) nothing is cached and nothing is evicted.
/// </summary>
public interface IPublicContentEviction
{
    Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct = default);
}

public sealed class NoPublicContentCache : IPublicContentEviction
{
    public Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken ct = default) => Task.CompletedTask;
}
