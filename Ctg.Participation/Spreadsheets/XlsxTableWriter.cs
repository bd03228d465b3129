using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ctg.Participation.Spreadsheets;

/// <summary>
/// Writes one sheet of an XLSX workbook row by row with the Open XML SDK's <see cref="OpenXmlWriter"/> (SAX style) into a
/// zip written forwards: memory stays flat for 300,000 rows. Codes and texts are inline strings (a code « 06099 » stays
/// text and keeps its zero), numbers are numbers, dates are real dates (serial numbers with a jj/mm/aaaa format, instants
/// in Paris time); the header row is bold and frozen, columns have widths and the header carries an autofilter.
/// The output is written synchronously: give it a file (the web host uses a temporary file, then copies it out).
/// </summary>
public sealed class XlsxTableWriter : ITableWriter
{
    private const uint DateStyle = 1, InstantStyle = 2, HeaderStyle = 3, CodeStyle = 4;
    private const int MaxCellLength = 32_767;
    private readonly ZipArchive zip;
    private readonly string sheetName;
    private Stream? sheetStream;
    private OpenXmlWriter? sheet;
    private int columnCount;
    private uint rowIndex;
    private string[] columnNames = [];

    public XlsxTableWriter(Stream output, string sheetName)
    {
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        this.sheetName = SafeSheetName(sheetName);
    }

    public ValueTask WriteHeaderAsync(IReadOnlyList<TableColumn> columns, CancellationToken ct = default)
    {
        columnCount = columns.Count;
        columnNames = Enumerable.Range(0, columns.Count).Select(ColumnName).ToArray();
        sheetStream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        sheet = OpenXmlWriter.Create(sheetStream, Encoding.UTF8);
        sheet.WriteStartDocument();
        sheet.WriteStartElement(new Worksheet());
        sheet.WriteElement(new SheetViews(new SheetView(
            // ySplit (VerticalSplit in the SDK) of one row: the header stays in view while scrolling.
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0, TabSelected = true }));
        sheet.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(Math.Max(c.Width, c.Header.Length + 4), 6, 80), CustomWidth = true,
        })));
        sheet.WriteStartElement(new SheetData());
        WriteRow(columns.Select(c => Inline(c.Header, HeaderStyle)).ToList());
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteRowAsync(IReadOnlyList<TableCell> cells, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        WriteRow(cells.Select(ToCell).ToList());
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken ct = default)
    {
        if (sheet is null) throw new InvalidOperationException("The header row was never written.");
        sheet.WriteEndElement(); // sheetData
        var range = $"A1:{ColumnName(Math.Max(columnCount, 1) - 1)}{rowIndex}";
        sheet.WriteElement(new AutoFilter { Reference = range });
        sheet.WriteEndElement(); // worksheet
        sheet.Close();
        sheetStream!.Dispose();
        WritePart("xl/workbook.xml", new Workbook(
            new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = "rId1" }),
            new DefinedNames(new DefinedName($"'{sheetName.Replace("'", "''")}'!$A$1:${ColumnName(Math.Max(columnCount, 1) - 1)}${rowIndex}")
            { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true })));
        WritePart("xl/styles.xml", Styles());
        WriteText("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
        WriteText("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        WriteText("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        zip.Dispose();
        sheet = null;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (sheet is not null)
        {
            sheet.Dispose();
            sheetStream?.Dispose();
            zip.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    private void WriteRow(List<Cell> cells)
    {
        if (sheet is null) throw new InvalidOperationException("Write the header row first.");
        rowIndex++;
        sheet.WriteStartElement(new Row { RowIndex = rowIndex });
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].CellReference = (i < columnNames.Length ? columnNames[i] : ColumnName(i)) + rowIndex;
            sheet.WriteElement(cells[i]);
        }
        sheet.WriteEndElement();
    }

    private static Cell ToCell(TableCell cell) => cell.Kind switch
    {
        _ when cell.IsEmpty => new Cell(),
        CellKind.Number => new Cell { CellValue = new CellValue(cell.Number!.Value) },
        CellKind.Date => new Cell { CellValue = new CellValue(cell.Day!.Value.ToDateTime(TimeOnly.MinValue).ToOADate()), StyleIndex = DateStyle },
        CellKind.Instant => new Cell { CellValue = new CellValue(cell.ParisTime.ToOADate()), StyleIndex = InstantStyle },
        CellKind.Code => Inline(cell.Value!, CodeStyle),
        _ => Inline(cell.Value!, 0),
    };

    private static Cell Inline(string text, uint style)
    {
        var clean = XmlSafe(text);
        if (clean.Length > MaxCellLength) clean = clean[..MaxCellLength];
        return new Cell
        {
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(clean) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters from pasted text) are dropped rather than failing the export.</summary>
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r' || c is '\uFFFE' or '\uFFFF')) return text;
        return new string(text.Where(c => !(c < ' ' && c is not '\t' and not '\n' and not '\r' || c is '\uFFFE' or '\uFFFF')).ToArray());
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" })
        { Count = 2 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private void WritePart(string path, OpenXmlPartRootElement root)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream, Encoding.UTF8);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
    }

    private void WriteText(string path, string text)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text.Trim()));
    }

    /// <summary>A, B, … Z, AA, AB…: the spreadsheet name of the zero-based column.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static string SafeSheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim('\'').Trim();
        if (clean.Length == 0) clean = "Export";
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
