using Ctg.Participation.Csv;
using Ctg.Participation.Indicators;
using Ctg.Participation.Spreadsheets;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Indicateurs;

/// <summary>
/// The open data files, written as they are read (never built in memory): the public indicators by CTG and year, and
/// the public contributions. CSV follows the Table Schemas (UTF-8 with BOM, `;`, `.` decimals, ISO dates); XLSX and
/// ODS carry the same columns with typed cells; JSON the same fields.
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

        var name = $"{jeu}{(year is null ? "" : "-" + year)}";
        Response.Headers.CacheControl = "public, max-age=300";
        if (format == "json")
        {
            Response.Headers.ContentDisposition = $"inline; filename=\"{name}.json\"";
            Response.ContentType = "application/json; charset=utf-8";
            if (jeu == "indicateurs") await openData.WriteIndicatorsJsonAsync(year, Response.Body, ct);
            else await openData.WriteContributionsJsonAsync(Response.Body, ct);
            return new EmptyResult();
        }
        var table = TableFormats.Parse(format)!.Value;
        return await TableDownload.SendAsync(HttpContext, table, name, jeu == "indicateurs" ? "Indicateurs" : "Contributions", CsvConventions.OpenData,
            (writer, token) => jeu == "indicateurs" ? openData.WriteIndicatorsAsync(year, writer, token) : openData.WriteContributionsAsync(writer, token),
            inline: table == TableFormat.Csv);
    }
}
