using Ctg.Participation.Csv;
using Ctg.Participation.Spreadsheets;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Extensions;

/// <summary>
/// Sends a tabular export as CSV, XLSX or ODS, whichever the request asks for (`?format=xlsx`). CSV is streamed to the
/// response as rows are read; a workbook is a zip written synchronously, so it is written to a temporary file (memory
/// stays flat for 300,000 rows) and then copied to the response.
/// </summary>
public static class TableDownload
{
    /// <param name="fileName">Without extension: the format adds it.</param>
    public static async Task<IActionResult> SendAsync(HttpContext http, TableFormat format, string fileName, string sheetName, CsvConventions conventions,
        Func<ITableWriter, CancellationToken, Task> write, bool inline = false)
    {
        var ct = http.RequestAborted;
        var response = http.Response;
        response.ContentType = format.ContentType();
        response.Headers.ContentDisposition = $"{(inline ? "inline" : "attachment")}; filename=\"{fileName}.{format.Extension()}\"";
        if (format == TableFormat.Csv)
        {
            http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            await using var csv = new CsvTableWriter(response.Body, conventions);
            await write(csv, ct);
            await csv.CompleteAsync(ct);
            return new EmptyResult();
        }

        var path = Path.Combine(Path.GetTempPath(), $"ctg-export-{Guid.NewGuid():N}.{format.Extension()}");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (ITableWriter sheet = format == TableFormat.Ods ? new OdsTableWriter(file, sheetName) : new XlsxTableWriter(file, sheetName))
        {
            await write(sheet, ct);
            await sheet.CompleteAsync(ct);
        }
        response.ContentLength = file.Length;
        file.Position = 0;
        await file.CopyToAsync(response.Body, ct);
        return new EmptyResult();
    }

    /// <summary>The format asked in the route (`export.xlsx`) or the query string (`format=csv|xlsx|ods`); CSV when
    /// neither says, null when it is not one of them.</summary>
    public static TableFormat? Format(HttpRequest request) =>
        TableFormats.Parse(request.RouteValues["format"] as string ?? request.Query["format"].ToString());
}
