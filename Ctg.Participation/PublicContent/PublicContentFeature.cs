using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ctg.Participation.PublicContent;

public static class PublicContentFeature
{
    /// <summary>The change tracking that keeps cached public pages fresh; the host may replace the eviction.</summary>
    public static IServiceCollection AddPublicContent(this IServiceCollection services)
    {
        services.TryAddSingleton<IPublicContentEviction, NoPublicContentCache>();
        services.TryAddSingleton<PublicContentChangeInterceptor>();
        services.TryAddScoped<PublicContentChanges>();
        return services;
    }

    /// <summary>
    /// Declares, next to a feature's other contributions, which public pages show <typeparamref name="TEntity"/>:
    /// every write through the DbContext that adds, changes or removes one evicts those pages once committed.
    /// </summary>
    public static IServiceCollection AddPublicContent<TEntity>(this IServiceCollection services, Func<TEntity, IEnumerable<string>> tags,
        params string[] onlyWhenChanged)
        where TEntity : class
    {
        services.AddSingleton(new PublicContentRule(typeof(TEntity), entity => tags((TEntity)entity), onlyWhenChanged));
        return services;
    }
}
