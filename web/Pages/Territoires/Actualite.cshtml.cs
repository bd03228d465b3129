using Ctg.Participation.Conventions;
using Ctg.Participation.News;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Territoires;

/// <summary>One published news post of a CTG, and its image.</summary>
public sealed class ActualiteModel(ConventionDirectory directory, CtgNews news) : PageModel
{
    public ConventionSummary Convention { get; private set; } = default!;
    public NewsPost Post { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, int id) => await LoadAsync(slug, id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetImageAsync(string slug, int id)
    {
        if (!await LoadAsync(slug, id) || Post.ImageFile is null || Post.ImageContentType is null) return NotFound();
        var stream = news.Images.Open(Post.ImageFile);
        if (stream is null) return NotFound();
        Response.Headers.CacheControl = "public, max-age=86400";
        return File(stream, Post.ImageContentType);
    }

    private async Task<bool> LoadAsync(string slug, int id)
    {
        var convention = await directory.FindSummaryAsync(slug, HttpContext.RequestAborted);
        if (convention is null) return false;
        var post = await news.FindAsync(convention.Id, id, includeDrafts: false, HttpContext.RequestAborted);
        if (post is null) return false;
        (Convention, Post) = (convention, post);
        return true;
    }
}
