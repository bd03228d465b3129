using System.Globalization;
using System.Net;
using System.Text;
using Ctg.Participation.Testing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XText = DocumentFormat.OpenXml.Spreadsheet.Text;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.PlanActions;

/// <summary>The plan's files as people's tools write and read them: LibreOffice's default CSV, XLSX both ways, sizes refused by line.</summary>
public sealed class PlanFilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Import = Plan + "/import";

    static PlanFilesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task The_template_saved_by_french_libreoffice_in_windows_1252_with_two_digit_years_is_imported()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var template = await coordinator.Http.GetStringAsync(Plan + "?handler=Modele");
        var number = FreshNumber();
        // What LibreOffice writes with its default CSV options on a French system: Windows-1252, dates as 15/01/27.
        var text = template.TrimStart('\uFEFF').TrimEnd() + "\r\n"
            + $"{number};Accueil périscolaire à Entrevaux — étape 1;Enfance-jeunesse;Écoles éloignées;;;;;15/01/27;30/06/28;;;;à lancer;0;;;\r\n";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var uploaded = await UploadAsync(coordinator, Import, "plan-libreoffice.csv", bytes);
        Assert.True(uploaded.IsRedirect, $"{uploaded.Status} {uploaded.ErrorText}");
        Assert.Contains("1 ligne(s) valide(s), 0 ligne(s) rejetée(s)", PageText(await coordinator.GetAsync(uploaded.Location!)));
        var confirmed = await coordinator.SubmitAsync(uploaded.Location!, new Dictionary<string, string> { ["import"] = uploaded.Location!.Split("import=")[1] }, handler: "Confirmer");
        Assert.True(confirmed.IsRedirect, confirmed.ErrorText);

        var fiche = await QueryAsync(factory, db => db.PlanActions.SingleAsync(a => a.Number == number && a.Convention!.Slug == "alpes-d-azur"));
        Assert.Equal("Accueil périscolaire à Entrevaux — étape 1", fiche.Title);
        Assert.Equal("Écoles éloignées", fiche.Diagnostic);
        Assert.Equal(new DateOnly(2027, 1, 15), fiche.StartDate);
        Assert.Equal(new DateOnly(2028, 6, 30), fiche.DueDate);
    }

    [Fact]
    public async Task An_xlsx_upload_with_a_formula_is_previewed_with_a_notice_naming_its_line_and_stores_nothing_before_confirmation()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var template = await coordinator.Http.GetAsync(Plan + "?handler=Modele&format=xlsx");
        var number = FreshNumber();
        var bytes = AddRows(await template.Content.ReadAsByteArrayAsync(), sheet =>
        {
            sheet.Append(Row(2, Num(number), Str("Fiche saisie dans Excel"), Str("Parentalité"), Date("I2", new DateTime(2027, 2, 1)), Formula("J2", "D2+30")));
            sheet.Append(Row(3, Num(number + 1), Formula("B3", "B2&\" bis\""), Str("Parentalité")));
        });

        var uploaded = await UploadAsync(coordinator, Import, "plan.xlsx", bytes);
        Assert.True(uploaded.IsRedirect, $"{uploaded.Status} {uploaded.ErrorText}");
        var preview = PageText(await coordinator.GetAsync(uploaded.Location!));
        Assert.Contains("À vérifier avant d'importer", preview);
        Assert.Matches(@"2\s+colonne « date_echeance » : la formule « =D2\+30 » n'est pas calculée", preview);
        Assert.Matches(@"3\s+colonne « titre » : la formule « =B2&"" bis"" » n'est pas calculée", preview);
        // The due date's formula is text, so that row is rejected on its line; the title's formula is imported as text.
        Assert.Contains("1 ligne(s) valide(s), 1 ligne(s) rejetée(s)", preview);
        Assert.Matches(@"Lignes rejetées\s+Ligne\s+Motif\s+2\s+la date d'échéance n'est pas valide", preview);
        Assert.False(await QueryAsync(factory, db => db.PlanActions.AnyAsync(a => a.Number == number + 1 && a.Convention!.Slug == "alpes-d-azur")));

        var confirmed = await coordinator.SubmitAsync(uploaded.Location!, new Dictionary<string, string> { ["import"] = uploaded.Location!.Split("import=")[1] }, handler: "Confirmer");
        Assert.True(confirmed.IsRedirect, confirmed.ErrorText);
        Assert.Equal("=B2&\" bis\"", await QueryAsync(factory, db => db.PlanActions.Where(a => a.Number == number + 1 && a.Convention!.Slug == "alpes-d-azur").Select(a => a.Title).SingleAsync()));
    }

    [Fact]
    public async Task Ten_thousand_rows_a_wrong_header_and_an_unknown_encoding_are_refused_naming_the_line()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var big = new StringBuilder("numero;titre;axe\r\n");
        for (var i = 0; i < 10_000; i++) big.Append($"{900_000 + i};Fiche {i};Parentalité\r\n");
        var tooMany = await UploadAsync(coordinator, Import, "gros.csv", Utf8WithBom(big.ToString()));
        Assert.Equal(HttpStatusCode.OK, tooMany.Status);
        Assert.Contains("Ligne 2 002 : le fichier dépasse 2 000 lignes après l'en-tête (10 000 lignes)", PageText(tooMany).Replace('\u202f', ' ').Replace('\u00a0', ' '));

        var wrongHeader = await UploadAsync(coordinator, Import, "entete.csv", Utf8WithBom("num;intitule\r\n1;x\r\n"));
        Assert.Contains("Ligne 1 (en-tête) : colonne(s) manquante(s) : numero, titre, axe.", PageText(wrongHeader));

        var unknown = await UploadAsync(coordinator, Import, "utf16.csv", Encoding.Unicode.GetBytes("numero;titre;axe\r\n1;x;y\r\n"));
        Assert.Contains("Ligne 1 : l'encodage du fichier n'est pas reconnu (ni UTF-8 ni Windows-1252).", PageText(unknown));
        Assert.False(await QueryAsync(factory, db => db.PendingImports.AnyAsync(p => p.FileName == "gros.csv" || p.FileName == "entete.csv" || p.FileName == "utf16.csv")));
        Assert.False(await QueryAsync(factory, db => db.PlanActions.AnyAsync(a => a.Number >= 900_000)));
    }

    [Fact]
    public async Task The_plan_export_reads_back_with_numbers_and_dates_as_such()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var number = await CreateFicheAsync(factory, coordinator, "Fiche à exporter", due: "2030-12-31");

        using var response = await coordinator.Http.GetAsync(Plan + "?handler=Export&format=xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        var row = rows.Single(r => r.Elements<Cell>().ElementAt(1).InnerText == "Fiche à exporter").Elements<Cell>().ToList();
        Assert.Null(row[0].DataType);
        Assert.Equal(number.ToString(CultureInfo.InvariantCulture), row[0].CellValue!.Text);
        var due = row[header.IndexOf("date_echeance")];
        Assert.NotNull(due.StyleIndex);
        Assert.Equal(new DateTime(2030, 12, 31), DateTime.FromOADate(double.Parse(due.CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("30", row[header.IndexOf("avancement")].CellValue!.Text);

        var csv = await coordinator.Http.GetStringAsync(Plan + "?handler=Export");
        Assert.Contains($"{number};Fiche à exporter;", csv);
        Assert.Contains(";31/12/2030;", csv);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.Http.GetAsync(Plan + "?handler=Export&format=docx")).StatusCode);
    }

    private static byte[] AddRows(byte[] workbook, Action<SheetData> add)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var sheetData = document.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!;
            add(sheetData);
            var styles = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
            document.WorkbookPart.WorksheetParts.Single().Worksheet.Save();
            styles.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, params Cell[] cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference ??= Ctg.Participation.Spreadsheets.XlsxTableWriter.ColumnName(column) + index;
            column = Ctg.Participation.Spreadsheets.XlsxTableReader.ColumnIndex(cell.CellReference!) + 1;
            row.Append(cell);
        }
        return row;
    }

    private static Cell Num(int value) => new() { CellValue = new CellValue(value) };
    private static Cell Str(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new XText(text)) };
    // Style 1 of the portal's workbooks is its jj/mm/aaaa date.
    private static Cell Date(string reference, DateTime day) => new() { CellReference = reference, CellValue = new CellValue(day.ToOADate()), StyleIndex = 1 };
    private static Cell Formula(string reference, string formula) => new() { CellReference = reference, CellFormula = new CellFormula(formula), CellValue = new CellValue(1) };
}
