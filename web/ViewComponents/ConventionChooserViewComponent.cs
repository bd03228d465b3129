using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;

namespace Ctg.Participation.Web.ViewComponents;

/// <summary>
/// The CTG chooser in the header. The list changes a few times a year: cached a minute, not read per page.
/// It shows the CTG of the page being read: the page may name it (ViewData["Ctg"]), else the route
/// (/coordination/{ctg}/…, /ctg/{slug}) or a list filter (?ctg=…) does.
/// </summary>
public sealed class ConventionChooserViewComponent(ConventionDirectory directory, IMemoryCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? current)
    {
        var conventions = await cache.GetOrCreateAsync("convention-chooser", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return directory.ListAsync();
        }) ?? [];
        current ??= CurrentFromRequest();
        var known = conventions.FirstOrDefault(c => c.Slug == current)?.Slug;
        return View((conventions, known));
    }

    private string? CurrentFromRequest()
    {
        if (RouteData.Values.TryGetValue("ctg", out var ctg) && ctg is string fromRoute) return fromRoute;
        if (RouteData.Values.TryGetValue("slug", out var slug) && slug is string fromSlug && Request.Path.StartsWithSegments("/ctg")) return fromSlug;
        var query = Request.Query["ctg"].ToString();
        return query.Length > 0 ? query : null;
    }
}
