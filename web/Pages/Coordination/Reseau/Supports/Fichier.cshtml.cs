using Ctg.Participation.DepartmentNetwork;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Reseau.Supports;

/// <summary>
/// A support's file, always as an attachment with the content type its content proved: never rendered inline in
/// the portal's origin (a PDF or an image opened inline could carry script or trick the reader).
/// </summary>
[Authorize(Policy = DepartmentNetworkPermissions.Take)]
public sealed class FichierModel(SupportLibrary library) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var file = await library.OpenAsync(id, HttpContext.RequestAborted);
        if (file is null) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
