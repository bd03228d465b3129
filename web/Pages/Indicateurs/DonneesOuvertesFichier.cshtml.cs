using System.Text;
using Ctg.Participation.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Indicateurs;

/// <summary>
/// The open data files, streamed to the response as they are read (never built in memory): the public indicators by
/// CTG and year, and the public contributions. CSV is UTF-8 with BOM and ';' (what French spreadsheets expect).
/// </summary>
public sealed class DonneesOuvertesFichierModel(OpenData openData) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string jeu, string format, string? annee)
    {
        var ct = HttpContext.RequestAborted;
        int? year = null;
        if (!string.IsNullOrEmpty(annee))
        {
            if (jeu != "indicateurs" || !int.TryParse(annee, out var y) || y < 2000 || y > DateTime.UtcNow.Year) return BadRequest();
            year = y;
        }

        var fileName = $"{jeu}{(year is null ? "" : "-" + year)}.{format}";
        Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        Response.Headers.CacheControl = "public, max-age=300";
        if (format == "csv")
        {
            Response.ContentType = "text/csv; charset=utf-8";
            await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
            if (jeu == "indicateurs") await openData.WriteIndicatorsCsvAsync(year, writer, ct);
            else await openData.WriteContributionsCsvAsync(writer, ct);
        }
        else
        {
            Response.ContentType = "application/json; charset=utf-8";
            if (jeu == "indicateurs") await openData.WriteIndicatorsJsonAsync(year, Response.Body, ct);
            else await openData.WriteContributionsJsonAsync(Response.Body, ct);
        }
        return new EmptyResult();
    }
}
