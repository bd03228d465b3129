using System.Globalization;
using System.Text;
using Ctg.Participation.Common;
using Ctg.Participation.Spreadsheets;

namespace Ctg.Participation.Csv;

/// <summary>
/// The portal's one CSV writer (RFC 4180): UTF-8 with BOM, CRLF line ends, a field quoted only when it holds the
/// separator, a quote or a line break, and <see cref="FormulaGuard"/> applied to every text cell. Numbers and dates
/// follow the <see cref="CsvConventions"/> of the file (people or open data).
/// </summary>
public sealed class CsvTableWriter : ITableWriter
{
    private const int FlushEvery = 200;
    private readonly TextWriter writer;
    private readonly CsvConventions conventions;
    private readonly bool ownsWriter;
    private int rows;

    public CsvTableWriter(Stream output, CsvConventions conventions)
        : this(new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true), conventions, ownsWriter: true)
    {
    }

    private CsvTableWriter(TextWriter writer, CsvConventions conventions, bool ownsWriter)
    {
        this.writer = writer;
        this.conventions = conventions;
        this.ownsWriter = ownsWriter;
    }

    public ValueTask WriteHeaderAsync(IReadOnlyList<TableColumn> columns, CancellationToken ct = default) =>
        WriteLineAsync(columns.Select(c => Field(c.Header, conventions.Separator)), ct);

    public ValueTask WriteRowAsync(IReadOnlyList<TableCell> cells, CancellationToken ct = default) =>
        WriteLineAsync(cells.Select(c => Field(Format(c, conventions), conventions.Separator)), ct);

    public async ValueTask CompleteAsync(CancellationToken ct = default) => await writer.FlushAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (ownsWriter) await writer.DisposeAsync();
    }

    private async ValueTask WriteLineAsync(IEnumerable<string> fields, CancellationToken ct)
    {
        await writer.WriteAsync(string.Join(conventions.Separator, fields).AsMemory(), ct);
        await writer.WriteAsync("\r\n".AsMemory(), ct);
        if (++rows % FlushEvery == 0) await writer.FlushAsync(ct);
    }

    /// <summary>The text of a cell under the file's conventions; text cells pass through <see cref="FormulaGuard"/>.</summary>
    public static string Format(TableCell cell, CsvConventions conventions) => cell.Kind switch
    {
        _ when cell.IsEmpty => "",
        CellKind.Number => conventions.Number(cell.Number!.Value),
        CellKind.Date => cell.Day!.Value.ToString(conventions.DateFormat, CultureInfo.InvariantCulture),
        CellKind.Instant => conventions == CsvConventions.OpenData
            ? TimeZoneInfo.ConvertTime(cell.At!.Value, PortalTime.Zone).ToString(conventions.InstantFormat, CultureInfo.InvariantCulture)
            : cell.ParisTime.ToString(conventions.InstantFormat, CultureInfo.InvariantCulture),
        _ => FormulaGuard.Defuse(cell.Value!),
    };

    /// <summary>One field the RFC 4180 way: quoted (quotes doubled) when it holds the separator, a quote or a line break.</summary>
    public static string Field(string value, char separator = ';') =>
        value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}

/// <summary>
/// The portal's one rule against formula injection (OWASP « CSV injection »): a text cell that starts with = + - @,
/// a tab or a carriage return would be run as a formula by a spreadsheet, so it is prefixed with an apostrophe.
/// Numbers are written as numbers and never pass here, so « -3 » stays a negative number. XLSX and ODS cells are typed
/// strings, which spreadsheets never evaluate, and need no prefix.
/// </summary>
public static class FormulaGuard
{
    public static bool IsRisky(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    public static string Defuse(string value) => IsRisky(value) ? "'" + value : value;
}
