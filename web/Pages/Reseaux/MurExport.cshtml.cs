using Ctg.Participation.Csv;
using Ctg.Participation.Walls;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Reseaux;

/// <summary>The wall as CSV (or XLSX/ODS with `?format=`), streamed from the database, for those who may read the wall.</summary>
public sealed class MurExportModel(WallDirectory directory, WallAccess access, WallExport export) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string ctg, string network, string wall)
    {
        if (TableDownload.Format(Request) is not { } format) return BadRequest();
        if (await directory.FindReadableAsync(access, User, ctg, network, wall, HttpContext.RequestAborted) is not var (place, _)) return NotFound();
        return await TableDownload.SendAsync(HttpContext, format, $"mur-{place.Slug}", "Mur", CsvConventions.People,
            (table, ct) => export.WriteAsync(place.WallId, table, ct));
    }
}
