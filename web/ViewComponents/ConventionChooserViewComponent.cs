using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;

namespace Ctg.Participation.Web.ViewComponents;

/// <summary>The CTG chooser in the header. The list changes a few times a year: cached a minute, not read per page.</summary>
public sealed class ConventionChooserViewComponent(ConventionDirectory directory, IMemoryCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? current)
    {
        var conventions = await cache.GetOrCreateAsync("convention-chooser", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return directory.ListAsync();
        }) ?? [];
        return View((conventions, current));
    }
}
