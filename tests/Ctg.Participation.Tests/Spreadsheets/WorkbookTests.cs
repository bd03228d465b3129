using System.IO.Compression;
using System.Xml.Linq;
using Ctg.Participation.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TableColumn = Ctg.Participation.Spreadsheets.TableColumn;
using XText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Ctg.Participation.Tests.Spreadsheets;

/// <summary>XLSX and ODS written by the portal, read back: codes stay text, numbers are numbers, dates are dates in Paris time.</summary>
public sealed class WorkbookTests
{
    private static readonly TableColumn[] Columns = [new("Commune INSEE", 10), new("Valeur", 10), new("Échéance", 12), new("Créée le", 17), new("Texte", 40)];
    private static readonly DateTimeOffset Created = new(2026, 11, 10, 9, 19, 0, TimeSpan.Zero); // 10:19 in Paris

    private static async Task<byte[]> WriteAsync(Func<Stream, ITableWriter> create, int extraRows = 0)
    {
        using var output = new MemoryStream();
        await using (var table = create(output))
        {
            await table.WriteHeaderAsync(Columns);
            await table.WriteRowAsync([TableCell.Code("06099"), TableCell.Of(81.8m), TableCell.Of(new DateOnly(2027, 1, 15)), TableCell.Of(Created), TableCell.Text("=SOMME(A1)")]);
            for (var i = 0; i < extraRows; i++)
                await table.WriteRowAsync([TableCell.Code($"06{i % 1000:000}"), TableCell.Of(i), TableCell.Of((DateOnly?)null), TableCell.Of(Created.AddMinutes(i)), TableCell.Text($"réponse {i}\u0001")]);
            await table.CompleteAsync();
        }
        return output.ToArray();
    }

    [Fact]
    public async Task An_xlsx_reads_back_with_the_insee_code_as_text_the_number_as_a_number_and_dates_as_dates_in_paris_time()
    {
        var bytes = await WriteAsync(s => new XlsxTableWriter(s, "Mur"));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(2, rows.Count);
        var cells = rows[1].Elements<Cell>().ToList();

        Assert.Equal(CellValues.InlineString, cells[0].DataType!.Value);
        Assert.Equal("06099", cells[0].InlineString!.InnerText);
        Assert.Null(cells[1].DataType);
        Assert.Equal(81.8m, decimal.Parse(cells[1].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));

        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var customFormats = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        string FormatOf(Cell c) => customFormats[formats[(int)c.StyleIndex!.Value].NumberFormatId!.Value];
        Assert.Equal("dd/mm/yyyy", FormatOf(cells[2]));
        Assert.Equal(new DateTime(2027, 1, 15), DateTime.FromOADate(double.Parse(cells[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("dd/mm/yyyy hh:mm", FormatOf(cells[3]));
        Assert.Equal(new DateTime(2026, 11, 10, 10, 19, 0), DateTime.FromOADate(double.Parse(cells[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        // A text that looks like a formula stays a string cell: spreadsheets never evaluate it.
        Assert.Equal(CellValues.InlineString, cells[4].DataType!.Value);
        Assert.Null(cells[4].CellFormula);
        Assert.Equal("=SOMME(A1)", cells[4].InnerText);

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A1:E2", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal(5, sheet.Descendants<Column>().Count());
        Assert.True(sheet.Descendants<Column>().Last().Width!.Value >= 40);
        Assert.Equal("Mur", workbook.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public async Task Many_rows_are_streamed_and_control_characters_are_dropped()
    {
        var bytes = await WriteAsync(s => new XlsxTableWriter(s, "Réponses"), extraRows: 20_000);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal(20_002, sheet.Descendants<Row>().Count());
        Assert.Equal("réponse 19999", sheet.Descendants<Row>().Last().Elements<Cell>().Last().InnerText);
        Assert.Equal("A1:E20002", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public async Task An_ods_reads_back_with_a_string_code_a_float_and_dates()
    {
        var bytes = await WriteAsync(s => new OdsTableWriter(s, "Annuaire"));

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        using (var reader = new StreamReader(zip.Entries[0].Open())) Assert.Equal("application/vnd.oasis.opendocument.spreadsheet", reader.ReadToEnd());
        XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0", table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        var content = XDocument.Load(zip.GetEntry("content.xml")!.Open());
        var rows = content.Descendants(table + "table-row").ToList();
        Assert.Equal(2, rows.Count);
        var cells = rows[1].Elements(table + "table-cell").ToList();
        Assert.Equal("string", (string?)cells[0].Attribute(office + "value-type"));
        Assert.Equal("06099", cells[0].Value);
        Assert.Equal("float", (string?)cells[1].Attribute(office + "value-type"));
        Assert.Equal("81.8", (string?)cells[1].Attribute(office + "value"));
        Assert.Equal("date", (string?)cells[2].Attribute(office + "value-type"));
        Assert.Equal("2027-01-15", (string?)cells[2].Attribute(office + "date-value"));
        Assert.Equal("2026-11-10T10:19:00", (string?)cells[3].Attribute(office + "date-value"));
        Assert.Equal("'Annuaire'.A1:'Annuaire'.E2", (string?)content.Descendants(table + "database-range").Single().Attribute(table + "target-range-address"));
        Assert.NotNull(zip.GetEntry("META-INF/manifest.xml"));
        Assert.Contains("VerticalSplitPosition", new StreamReader(zip.GetEntry("settings.xml")!.Open()).ReadToEnd());
    }

    [Fact]
    public void An_uploaded_xlsx_is_read_with_its_row_numbers_dates_and_formulas_as_text()
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new XText("numero")), new SharedStringItem(new XText("titre")),
                new SharedStringItem(new XText("date_debut")), new SharedStringItem(new XText("Accueil du soir")));
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 170, FormatCode = "dd/mm/yy;@" }),
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 170, ApplyNumberFormat = true }));
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(
                new Row(Shared("A1", 0), Shared("B1", 1), Shared("C1", 2)) { RowIndex = 1 },
                // Row 2 left empty, as people do: rows keep their sheet numbers.
                new Row(new Cell { CellReference = "A3", CellValue = new CellValue(7) }, Shared("B3", 3),
                    new Cell { CellReference = "C3", CellValue = new CellValue(new DateTime(2027, 1, 15).ToOADate()), StyleIndex = 1 }) { RowIndex = 3 },
                new Row(new Cell { CellReference = "A4", CellFormula = new CellFormula("A3+1"), CellValue = new CellValue(8) },
                    new Cell { CellReference = "C4", DataType = CellValues.InlineString, InlineString = new InlineString(new XText("15/01/27")) }) { RowIndex = 4 }));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "Plan" }));
        }

        var (table, error) = XlsxTableReader.Read(output.ToArray(), maxRows: 10);

        Assert.Null(error);
        Assert.Equal(["numero", "titre", "date_debut"], table!.Header);
        Assert.Equal([3, 4], table.Records.Select(r => r.Line));
        Assert.Equal("7", table.Get(table.Records[0], "numero"));
        Assert.Equal("Accueil du soir", table.Get(table.Records[0], "titre"));
        Assert.Equal("2027-01-15", table.Get(table.Records[0], "date_debut"));
        Assert.Equal("=A3+1", table.Get(table.Records[1], "numero"));
        Assert.Equal("", table.Get(table.Records[1], "titre"));
        Assert.Equal("15/01/27", table.Get(table.Records[1], "date_debut"));
        Assert.Equal(new DateOnly(2027, 1, 15), Ctg.Participation.ActionPlan.ActionRules.ParseDate("15/01/27"));

        Assert.Equal("Ce fichier XLSX ne peut pas être lu : enregistrez-le à nouveau depuis votre tableur (format « Classeur Excel 2007-365 » ou « CSV UTF-8 »).",
            XlsxTableReader.Read([0x50, 0x4B, 3, 4, 0, 0, 0], 10).Error);
    }

    private static Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };
}
