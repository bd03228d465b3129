using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Reporting;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Pages.Coordination.Instances;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Bilan;

/// <summary>
/// The bilan annuel of a CTG for one year, in Tableau 2's order: the draft (computed now) or, once transmitted, the
/// version as sent; the coordinator's texts; the way to the Caf (transmit, acknowledge, return, answer) and its
/// history; the PDF (and each sent version's PDF) and the indicators as CSV. Rules live in <see cref="ReportWorkflow"/>.
/// </summary>
public sealed class IndexModel(ConventionDirectory directory, IAuthorizationService authorization, AnnualReports reports, ReportWorkflow workflow)
    : InstancesPageModel(directory, authorization)
{
    public AnnualReportView Report { get; private set; } = default!;
    public ReportWorkflow.Situation Situation { get; private set; } = default!;
    public bool CanTransmit { get; private set; }
    public bool CanReview { get; private set; }

    /// <summary>Drafts can be edited by those who manage the CTG, until a version is waiting at or accepted by the Caf.</summary>
    public bool CanEdit => CanManage && !Situation.IsFrozen;

    /// <summary>Text typed in a refused form, shown again in its field: key "synthese" or the objective's number.</summary>
    public Dictionary<string, string?> Typed { get; } = [];

    public async Task<IActionResult> OnGetAsync(string ctg, int year) => await LoadAsync(ctg, year) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(string ctg, int year)
    {
        if (!await LoadAsync(ctg, year)) return NotFound();
        // A sent report downloads as sent; a draft is written now.
        if (Situation.IsFrozen && Situation.LatestVersion is { } latest && await workflow.VersionAsync(Convention.Id, year, latest, HttpContext.RequestAborted) is { } sent)
            return File(sent.Pdf, "application/pdf", $"bilan-{Convention.Slug}-{year}-version-{latest}.pdf");
        return File(Ctg.Participation.Reporting.Pdf.AnnualReportPdf.Write(Report), "application/pdf", $"bilan-{Convention.Slug}-{year}.pdf");
    }

    public async Task<IActionResult> OnGetVersionAsync(string ctg, int year, int numero)
    {
        if (!await LoadConventionAsync(ctg) || !reports.IsValidYear(Convention, year)) return NotFound();
        if (await workflow.VersionAsync(Convention.Id, year, numero, HttpContext.RequestAborted) is not { } sent) return NotFound();
        return File(sent.Pdf, "application/pdf", $"bilan-{Convention.Slug}-{year}-version-{numero}.pdf");
    }

    public async Task<IActionResult> OnGetCsvAsync(string ctg, int year)
    {
        if (!await LoadAsync(ctg, year)) return NotFound();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"indicateurs-{Convention.Slug}-{year}.csv\"";
        await IndicatorCsv.WriteAsync(Response.Body, Report.Indicators().Select(i => (i.Definition, i.Value)).ToList(), HttpContext.RequestAborted);
        return new EmptyResult();
    }

    /// <summary>The indicators as a workbook: XLSX, or ODS with `&amp;format=ods`.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(string ctg, int year, string? format)
    {
        if (!await LoadAsync(ctg, year)) return NotFound();
        var sheet = format == "ods" ? Ctg.Participation.Spreadsheets.TableFormat.Ods : Ctg.Participation.Spreadsheets.TableFormat.Xlsx;
        return await Ctg.Participation.Web.Extensions.TableDownload.SendAsync(HttpContext, sheet, $"indicateurs-{Convention.Slug}-{year}", $"Indicateurs {year}",
            Ctg.Participation.Csv.CsvConventions.People, (table, ct) => IndicatorCsv.WriteAsync(table, Report.Indicators().Select(i => (i.Definition, i.Value)).ToList(), ct));
    }

    /// <summary>Saves a draft: the synthesis (no objective) or the text of objective 1 to 4.</summary>
    public async Task<IActionResult> OnPostAsync(string ctg, int year, string? text, string? objective)
    {
        if (!await LoadAsync(ctg, year, withReport: false)) return NotFound();
        var outcome = await workflow.SaveTextAsync(Convention, year, User.Actor(), objective, text, HttpContext.RequestAborted);
        if (outcome.Forbidden) return Forbid();
        var key = string.IsNullOrEmpty(objective) ? ReportWorkflow.Synthesis : objective;
        if (!outcome.Done)
        {
            Typed[key] = text;
            // Once sent the text fields are gone: the refusal goes to the summary, not to a field that is not shown.
            ModelState.AddModelError(CanEdit ? FieldId(key) : "", outcome.Error!);
            await LoadReportAsync(year);
            return Page();
        }
        TempData["Message"] = "Le brouillon du bilan est enregistré.";
        return Redirect(key == ReportWorkflow.Synthesis ? ReportUrl(ctg, year) : $"{ReportUrl(ctg, year)}#objectif-{key}");
    }

    public async Task<IActionResult> OnPostTransmettreAsync(string ctg, int year, string? reponse)
    {
        if (!await LoadAsync(ctg, year, withReport: false)) return NotFound();
        var outcome = await workflow.TransmitAsync(Convention, year, User.Actor(), reponse, HttpContext.RequestAborted);
        return await AfterAsync(outcome, ctg, year, "Le bilan est transmis à la Caf.", ("reponse", reponse));
    }

    public async Task<IActionResult> OnPostAccuserAsync(string ctg, int year, string? commentaire)
    {
        if (!await LoadAsync(ctg, year, withReport: false)) return NotFound();
        var outcome = await workflow.ReviewAsync(Convention, year, User.Actor(), acknowledge: true, commentaire, HttpContext.RequestAborted);
        return await AfterAsync(outcome, ctg, year, "Réception du bilan accusée.", ("commentaire", commentaire));
    }

    public async Task<IActionResult> OnPostRenvoyerAsync(string ctg, int year, string? commentaire)
    {
        if (!await LoadAsync(ctg, year, withReport: false)) return NotFound();
        var outcome = await workflow.ReviewAsync(Convention, year, User.Actor(), acknowledge: false, commentaire, HttpContext.RequestAborted);
        return await AfterAsync(outcome, ctg, year, "Le bilan est renvoyé à compléter.", ("commentaire", commentaire));
    }

    public static string FieldId(string key) => key == ReportWorkflow.Synthesis ? "text" : "text-" + key;

    private async Task<IActionResult> AfterAsync(ReportWorkflow.Outcome outcome, string ctg, int year, string done, (string Field, string? Value) typed)
    {
        if (outcome.Forbidden) return Forbid();
        if (!outcome.Done)
        {
            Typed[typed.Field] = typed.Value;
            ModelState.AddModelError(outcome.Field ?? typed.Field, outcome.Error!);
            // The situation may have moved (another person transmitted or answered): show it as it is now.
            Situation = await workflow.SituationAsync(Convention.Id, year, HttpContext.RequestAborted);
            await LoadReportAsync(year);
            return Page();
        }
        TempData["Message"] = done;
        return Redirect(ReportUrl(ctg, year) + "#transmission");
    }

    private static string ReportUrl(string ctg, int year) => $"/coordination/{ctg}/bilan/{year}";

    private async Task<bool> LoadAsync(string ctg, int year, bool withReport = true)
    {
        if (!await LoadConventionAsync(ctg)) return false;
        if (!reports.IsValidYear(Convention, year)) return false;
        var ct = HttpContext.RequestAborted;
        Situation = await workflow.SituationAsync(Convention.Id, year, ct);
        var actor = User.Actor();
        CanTransmit = await workflow.CanTransmitAsync(actor, Convention.Id, ct);
        CanReview = ReportWorkflow.CanReview(actor);
        if (withReport) await LoadReportAsync(year);
        return true;
    }

    /// <summary>A version waiting at or accepted by the Caf is shown as it was sent, not recomputed.</summary>
    private async Task LoadReportAsync(int year)
    {
        var ct = HttpContext.RequestAborted;
        Report = Situation.IsFrozen && Situation.LatestVersion is { } latest && await workflow.VersionAsync(Convention.Id, year, latest, ct) is { } sent
            ? sent.View
            : await reports.BuildAsync(Convention, year, ct);
    }
}
