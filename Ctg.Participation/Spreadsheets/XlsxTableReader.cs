using System.Globalization;
using Ctg.Participation.Csv;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ctg.Participation.Spreadsheets;

/// <summary>
/// Reads the first sheet of an uploaded XLSX into the same table as a CSV import, each record with its sheet row number.
/// Formulas are never evaluated, nor their cached results trusted: a formula cell is read as its text (« =B2*2 »),
/// which the import then shows and checks like any other text. Date cells become aaaa-mm-jj; numbers are written with
/// a point, which the import's number parser reads.
/// </summary>
public static class XlsxTableReader
{
    /// <summary>The "PK\x03\x04" signature of a zip, hence of an XLSX.</summary>
    public static bool LooksLikeXlsx(byte[] bytes) => bytes.Length > 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 3 && bytes[3] == 4;

    /// <summary>The table, or a French reason the file cannot be read.</summary>
    public static (CsvTable? Table, string? Error) Read(byte[] bytes, int maxRows)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException();
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException();
            var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            var rows = new List<CsvRecord>();
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var line = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                var fields = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : fields.Count;
                    while (fields.Count < column) fields.Add("");
                    fields.Add(Value(cell, strings, dateStyles));
                }
                if (fields.All(f => f.Length == 0)) continue;
                rows.Add(new CsvRecord(line, fields));
                // The header plus one row too many is enough to refuse the file with its size.
                if (rows.Count > maxRows + 1) return (null, $"Ligne {line} : le fichier dépasse {maxRows:N0} lignes après l'en-tête ; découpez-le en plusieurs fichiers.");
            }
            if (rows.Count == 0) return (null, "Le fichier est vide.");
            return (CsvTable.FromRows(rows), null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            return (null, "Ce fichier XLSX ne peut pas être lu : enregistrez-le à nouveau depuis votre tableur (format « Classeur Excel 2007-365 » ou « CSV UTF-8 »).");
        }
    }

    private static string Value(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        if (cell.CellFormula is { } formula) return "=" + formula.Text;
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString) return int.TryParse(raw, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return raw == "1" ? "oui" : "non";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        if (type == CellValues.Date) return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? Iso(iso) : raw;
        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466)
            return Iso(DateTime.FromOADate(serial));
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.InvariantCulture) : raw;
    }

    private static string Iso(DateTime value) => value.TimeOfDay == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The cell formats whose number format shows a date: built-in 14–17 and 22, or a custom code with d or y outside quotes and brackets.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateCode(f.FormatCode?.Value ?? ""))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 17 or 22 || custom.Contains(id)) result.Add(index);
            index++;
        }
        return result;
    }

    private static bool IsDateCode(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '[') bracket = true;
            else if (!quoted && c == ']') bracket = false;
            else if (!quoted && !bracket && char.ToLowerInvariant(c) is 'd' or 'y') return true;
        }
        return false;
    }

    /// <summary>"C12" → 2: the zero-based column of a cell reference.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return Math.Max(index - 1, 0);
    }
}
