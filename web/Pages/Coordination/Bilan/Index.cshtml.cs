using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Web.Pages.Coordination.Instances;
using Ctg.Participation.Web.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Bilan;

/// <summary>The bilan annuel of a CTG for one year: a printable page, its PDF, its indicators as CSV, and the coordinator's text.</summary>
public sealed class IndexModel(ConventionDirectory directory, IAuthorizationService authorization, AnnualReports reports)
    : InstancesPageModel(directory, authorization)
{
    public AnnualReports.Report Report { get; private set; } = default!;
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(string ctg, int year) => await LoadAsync(ctg, year) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(string ctg, int year)
    {
        if (!await LoadAsync(ctg, year)) return NotFound();
        return File(AnnualReportPdf.Write(Report), "application/pdf", $"bilan-{Convention.Slug}-{year}.pdf");
    }

    public async Task<IActionResult> OnGetCsvAsync(string ctg, int year)
    {
        if (!await LoadAsync(ctg, year)) return NotFound();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"indicateurs-{Convention.Slug}-{year}.csv\"";
        await IndicatorCsv.WriteAsync(Response.Body, Report.Indicators, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    /// <summary>The indicators as a workbook: XLSX, or ODS with `&amp;format=ods`.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(string ctg, int year, string? format)
    {
        if (!await LoadAsync(ctg, year)) return NotFound();
        var sheet = format == "ods" ? Ctg.Participation.Spreadsheets.TableFormat.Ods : Ctg.Participation.Spreadsheets.TableFormat.Xlsx;
        return await Ctg.Participation.Web.Extensions.TableDownload.SendAsync(HttpContext, sheet, $"indicateurs-{Convention.Slug}-{year}", $"Indicateurs {year}",
            Ctg.Participation.Csv.CsvConventions.People, (table, ct) => IndicatorCsv.WriteAsync(table, Report.Indicators, ct));
    }

    public async Task<IActionResult> OnPostAsync(string ctg, int year, string? text)
    {
        if (!await LoadAsync(ctg, year)) return NotFound();
        if (!CanManage) return Forbid();
        if (await reports.SaveTextAsync(Convention, year, User.Actor(), text, HttpContext.RequestAborted) is { } error)
        {
            Text = text;
            ModelState.AddModelError("text", error);
            return Page();
        }
        TempData["Message"] = "Le brouillon du bilan est enregistré.";
        return Redirect($"/coordination/{ctg}/bilan/{year}");
    }

    private async Task<bool> LoadAsync(string ctg, int year)
    {
        if (!await LoadConventionAsync(ctg)) return false;
        if (!reports.IsValidYear(Convention, year)) return false;
        Report = await reports.BuildAsync(Convention, year, HttpContext.RequestAborted);
        Text ??= Report.TextHtml;
        return true;
    }
}
