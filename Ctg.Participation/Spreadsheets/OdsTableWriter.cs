using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Ctg.Participation.Spreadsheets;

/// <summary>
/// Writes one sheet of an OpenDocument spreadsheet (ODF 1.2, what the RGI recommends), streamed with an XmlWriter into a
/// zip written forwards. No maintained permissive .NET library writes ODS (NuGet serves none; AODL is abandoned), and
/// the format is small: a stored `mimetype`, a manifest, `content.xml` (typed cells: strings, floats, dates), and
/// `settings.xml` for the frozen header row. Same typing rules as <see cref="XlsxTableWriter"/>.
/// </summary>
public sealed class OdsTableWriter : ITableWriter
{
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private const string Number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private const string ConfigNs = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CheckCharacters = false };
    private readonly ZipArchive zip;
    private readonly string sheetName;
    private Stream? contentStream;
    private XmlWriter? content;
    private int columnCount;
    private int rowCount;

    public OdsTableWriter(Stream output, string sheetName)
    {
        zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        this.sheetName = string.IsNullOrWhiteSpace(sheetName) ? "Export" : sheetName.Trim();
        // The first entry, stored uncompressed, tells what the package is (ODF 1.2 part 3, §3.3).
        using var mime = zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open();
        mime.Write("application/vnd.oasis.opendocument.spreadsheet"u8);
    }

    public ValueTask WriteHeaderAsync(IReadOnlyList<TableColumn> columns, CancellationToken ct = default)
    {
        columnCount = columns.Count;
        contentStream = zip.CreateEntry("content.xml", CompressionLevel.Fastest).Open();
        var x = content = XmlWriter.Create(contentStream, Settings);
        x.WriteStartDocument();
        x.WriteStartElement("office", "document-content", Office);
        foreach (var (prefix, ns) in new[] { ("table", Table), ("text", TextNs), ("style", Style), ("fo", Fo), ("number", Number) })
            x.WriteAttributeString("xmlns", prefix, null, ns);
        x.WriteAttributeString("office", "version", Office, "1.2");
        x.WriteStartElement("office", "automatic-styles", Office);
        DateStyle(x, "N1", withTime: false);
        DateStyle(x, "N2", withTime: true);
        CellStyle(x, "ceDate", "N1");
        CellStyle(x, "ceInstant", "N2");
        x.WriteStartElement("style", "style", Style);
        x.WriteAttributeString("style", "name", Style, "ceHeader");
        x.WriteAttributeString("style", "family", Style, "table-cell");
        x.WriteStartElement("style", "text-properties", Style);
        x.WriteAttributeString("fo", "font-weight", Fo, "bold");
        x.WriteEndElement();
        x.WriteEndElement();
        for (var i = 0; i < columns.Count; i++)
        {
            x.WriteStartElement("style", "style", Style);
            x.WriteAttributeString("style", "name", Style, "co" + i);
            x.WriteAttributeString("style", "family", Style, "table-column");
            x.WriteStartElement("style", "table-column-properties", Style);
            // A character of an 11 pt font is about 0.2 cm wide.
            var width = Math.Clamp(Math.Max(columns[i].Width, columns[i].Header.Length + 4), 6, 80) * 0.2;
            x.WriteAttributeString("style", "column-width", Style, width.ToString("0.##", CultureInfo.InvariantCulture) + "cm");
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement(); // automatic-styles
        x.WriteStartElement("office", "body", Office);
        x.WriteStartElement("office", "spreadsheet", Office);
        x.WriteStartElement("table", "table", Table);
        x.WriteAttributeString("table", "name", Table, sheetName);
        for (var i = 0; i < columns.Count; i++)
        {
            x.WriteStartElement("table", "table-column", Table);
            x.WriteAttributeString("table", "style-name", Table, "co" + i);
            x.WriteEndElement();
        }
        x.WriteStartElement("table", "table-header-rows", Table);
        x.WriteStartElement("table", "table-row", Table);
        foreach (var column in columns) StringCell(x, column.Header, "ceHeader");
        x.WriteEndElement();
        x.WriteEndElement();
        rowCount = 1;
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteRowAsync(IReadOnlyList<TableCell> cells, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var x = content ?? throw new InvalidOperationException("Write the header row first.");
        x.WriteStartElement("table", "table-row", Table);
        foreach (var cell in cells)
        {
            if (cell.IsEmpty)
            {
                x.WriteStartElement("table", "table-cell", Table);
                x.WriteEndElement();
                continue;
            }
            switch (cell.Kind)
            {
                case CellKind.Number:
                    x.WriteStartElement("table", "table-cell", Table);
                    x.WriteAttributeString("office", "value-type", Office, "float");
                    x.WriteAttributeString("office", "value", Office, cell.Number!.Value.ToString(CultureInfo.InvariantCulture));
                    Paragraphs(x, cell.Number.Value.ToString(PortalCulture.French));
                    x.WriteEndElement();
                    break;
                case CellKind.Date or CellKind.Instant:
                    var instant = cell.Kind == CellKind.Instant;
                    var local = instant ? cell.ParisTime : cell.Day!.Value.ToDateTime(TimeOnly.MinValue);
                    x.WriteStartElement("table", "table-cell", Table);
                    x.WriteAttributeString("table", "style-name", Table, instant ? "ceInstant" : "ceDate");
                    x.WriteAttributeString("office", "value-type", Office, "date");
                    x.WriteAttributeString("office", "date-value", Office, local.ToString(instant ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd", CultureInfo.InvariantCulture));
                    Paragraphs(x, local.ToString(instant ? "dd/MM/yyyy HH:mm" : "dd/MM/yyyy", CultureInfo.InvariantCulture));
                    x.WriteEndElement();
                    break;
                default:
                    StringCell(x, cell.Value!, null);
                    break;
            }
        }
        x.WriteEndElement();
        rowCount++;
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken ct = default)
    {
        var x = content ?? throw new InvalidOperationException("The header row was never written.");
        x.WriteEndElement(); // table
        x.WriteStartElement("table", "database-ranges", Table);
        x.WriteStartElement("table", "database-range", Table);
        x.WriteAttributeString("table", "name", Table, "__Anonymous_Sheet_DB__0");
        var quoted = "'" + sheetName.Replace("'", "''") + "'";
        x.WriteAttributeString("table", "target-range-address", Table,
            $"{quoted}.A1:{quoted}.{XlsxTableWriter.ColumnName(Math.Max(columnCount, 1) - 1)}{rowCount}");
        x.WriteAttributeString("table", "display-filter-buttons", Table, "true");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement(); // spreadsheet
        x.WriteEndElement(); // body
        x.WriteEndElement(); // document-content
        x.WriteEndDocument();
        x.Dispose();
        contentStream!.Dispose();
        content = null;
        WriteSettings();
        WriteText("META-INF/manifest.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/></manifest:manifest>
            """);
        zip.Dispose();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (content is not null)
        {
            content.Dispose();
            contentStream?.Dispose();
            zip.Dispose();
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The header row frozen: LibreOffice reads the split from the view settings.</summary>
    private void WriteSettings()
    {
        using var stream = zip.CreateEntry("settings.xml", CompressionLevel.Fastest).Open();
        using var x = XmlWriter.Create(stream, Settings);
        x.WriteStartDocument();
        x.WriteStartElement("office", "document-settings", Office);
        x.WriteAttributeString("xmlns", "config", null, ConfigNs);
        x.WriteAttributeString("office", "version", Office, "1.2");
        x.WriteStartElement("office", "settings", Office);
        x.WriteStartElement("config", "config-item-set", ConfigNs);
        x.WriteAttributeString("config", "name", ConfigNs, "ooo:view-settings");
        x.WriteStartElement("config", "config-item-map-indexed", ConfigNs);
        x.WriteAttributeString("config", "name", ConfigNs, "Views");
        x.WriteStartElement("config", "config-item-map-entry", ConfigNs);
        Item(x, "ViewId", "string", "view1");
        x.WriteStartElement("config", "config-item-map-named", ConfigNs);
        x.WriteAttributeString("config", "name", ConfigNs, "Tables");
        x.WriteStartElement("config", "config-item-map-entry", ConfigNs);
        x.WriteAttributeString("config", "name", ConfigNs, sheetName);
        Item(x, "HorizontalSplitMode", "short", "0");
        Item(x, "VerticalSplitMode", "short", "2");
        Item(x, "VerticalSplitPosition", "int", "1");
        Item(x, "ActiveSplitRange", "short", "2");
        Item(x, "PositionTop", "int", "0");
        Item(x, "PositionBottom", "int", "1");
        x.WriteEndElement();
        x.WriteEndElement();
        Item(x, "ActiveTable", "string", sheetName);
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    private static void Item(XmlWriter x, string name, string type, string value)
    {
        x.WriteStartElement("config", "config-item", ConfigNs);
        x.WriteAttributeString("config", "name", ConfigNs, name);
        x.WriteAttributeString("config", "type", ConfigNs, type);
        x.WriteString(value);
        x.WriteEndElement();
    }

    private static void StringCell(XmlWriter x, string text, string? style)
    {
        x.WriteStartElement("table", "table-cell", Table);
        if (style is not null) x.WriteAttributeString("table", "style-name", Table, style);
        x.WriteAttributeString("office", "value-type", Office, "string");
        Paragraphs(x, text);
        x.WriteEndElement();
    }

    private static void Paragraphs(XmlWriter x, string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            x.WriteStartElement("text", "p", TextNs);
            x.WriteString(new string(line.Where(c => c >= ' ' || c == '\t').ToArray()));
            x.WriteEndElement();
        }
    }

    private static void DateStyle(XmlWriter x, string name, bool withTime)
    {
        x.WriteStartElement("number", "date-style", Number);
        x.WriteAttributeString("style", "name", Style, name);
        void Part(string element, bool isLong = true, string? textAfter = null)
        {
            x.WriteStartElement("number", element, Number);
            if (isLong) x.WriteAttributeString("number", "style", Number, "long");
            x.WriteEndElement();
            if (textAfter is not null) x.WriteElementString("number", "text", Number, textAfter);
        }
        Part("day", textAfter: "/");
        Part("month", textAfter: "/");
        Part("year", textAfter: withTime ? " " : null);
        if (withTime)
        {
            Part("hours", textAfter: ":");
            Part("minutes");
        }
        x.WriteEndElement();
    }

    private static void CellStyle(XmlWriter x, string name, string dataStyle)
    {
        x.WriteStartElement("style", "style", Style);
        x.WriteAttributeString("style", "name", Style, name);
        x.WriteAttributeString("style", "family", Style, "table-cell");
        x.WriteAttributeString("style", "data-style-name", Style, dataStyle);
        x.WriteEndElement();
    }

    private void WriteText(string path, string text)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text.Trim()));
    }
}
