using Ctg.Participation.Indicators;
using Ctg.Participation.Indicators.Participation;
using Ctg.Participation.Web.Indicators;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Pages.Indicateurs;

/// <summary>
/// The public dashboard: aggregates only, statistical secrecy applied, filters in the query string so a view can be
/// shared. A refused filter shows its message and computes nothing.
/// </summary>
public sealed class IndexModel(IndicatorScopes scopes, IndicatorReport report, ParticipantsByMunicipality communes, IMemoryCache cache,
    IOptions<IndicatorOptions> options) : PageModel
{
    public IndicatorPage View { get; private set; } = default!;

    public async Task OnGetAsync(string? ctg, string? du, string? au, string? axe, string? commune)
    {
        var ct = HttpContext.RequestAborted;
        var filter = new IndicatorScopes.Filter(ctg, du, au, axe, commune);
        var resolution = await scopes.ResolveAsync(filter, ct: ct);
        IndicatorPage.AddErrors(ModelState, resolution);
        View = new IndicatorPage
        {
            Filter = filter,
            Resolution = resolution,
            Action = "/indicateurs",
            Result = resolution.Scope is { } scope ? await CachedAsync(("rapport", scope), () => report.ComputeAsync(scope, isPublic: true, ct)) : null,
            Communes = resolution.Scope is { } s ? await CachedAsync(("communes", s), () => communes.ComputeAsync(s, isPublic: true, ct)) : [],
        };
    }

    /// <summary>Public views only (already under statistical secrecy): see IndicatorOptions.PublicCacheSeconds.</summary>
    private async Task<T> CachedAsync<T>((string, IndicatorScope) key, Func<Task<T>> compute)
    {
        var seconds = options.Value.PublicCacheSeconds;
        if (seconds <= 0) return await compute();
        if (cache.TryGetValue(key, out T? known) && known is not null) return known;
        var value = await compute();
        cache.Set(key, value, TimeSpan.FromSeconds(seconds));
        return value;
    }
}
