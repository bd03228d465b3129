using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>Serves a proposal's re-encoded image with the content type recorded when it was checked.</summary>
public sealed class ImageModel(ProposalReader reader, ProposalImages images) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await reader.ImageAsync(id, User.UserId(), HttpContext.RequestAborted) is not { } image) return NotFound();
        var stream = images.Open(image.File);
        if (stream is null) return NotFound();
        Response.Headers.CacheControl = "public, max-age=86400";
        return File(stream, image.ContentType);
    }
}
