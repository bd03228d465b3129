using System.Net;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Cooperation;

/// <summary>The journal's export goes through the portal's one table writer: CSV as before, and XLSX too.</summary>
public sealed class JournalExportFormatsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Journal = "/coordination/alpes-d-azur/journal";

    [Fact]
    public async Task The_journal_exports_as_xlsx_with_the_same_columns_and_rows_as_the_csv()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var note = "=Export journal " + Guid.NewGuid().ToString("N")[..6];
        var nature = await QueryAsync(factory, db => db.Set<CooperationNature>()
            .Where(n => n.Department == "06" && n.Kind == CooperationKind.Expertise).Select(n => n.Id).FirstAsync());
        var saved = await coordinator.SubmitAsync(Journal + "/nouvelle", new Dictionary<string, string>
        {
            ["Input.Date"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Input.Kind"] = nameof(CooperationKind.Expertise),
            ["Input.NatureId"] = nature.ToString(), ["Input.Note"] = note,
        });
        Assert.True(saved.IsRedirect, saved.ErrorText);

        var csv = await coordinator.Http.GetStringAsync(Journal + "?handler=Export");
        Assert.StartsWith("\uFEFFdate;type;ligne_referentiel;nature", csv);
        Assert.Contains("'" + note, csv);

        using var response = await coordinator.Http.GetAsync(Journal + "?handler=Export&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(JournalExportColumns, header);
        Assert.Contains(rows, r => r.Elements<Cell>().Any(c => c.InnerText == note));
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.Http.GetAsync(Journal + "?handler=Export&format=docx")).StatusCode);
    }

    private static readonly string[] JournalExportColumns = CooperationJournal.ExportColumns.Select(c => c.Header).ToArray();
}
