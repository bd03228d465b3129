using System.Text;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Reseaux;

/// <summary>The wall as CSV, streamed to the response (never built in memory), for those who may read the wall.</summary>
public sealed class MurExportModel(WallDirectory directory, WallAccess access, WallExport export) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string ctg, string network, string wall)
    {
        if (await directory.FindReadableAsync(access, User, ctg, network, wall, HttpContext.RequestAborted) is not var (place, _)) return NotFound();

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"mur-{place.Slug}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
        await export.WriteCsvAsync(place.WallId, writer, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
