using System.Text;
using Ctg.Participation.Common;

namespace Ctg.Participation.Csv;

/// <summary>One record of a CSV file with the line it starts on (1 = header), for messages such as "ligne 7 : …".</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A small RFC 4180 reader shared by every import of the portal: `;` or `,` separated (guessed from the header row),
/// UTF-8 with or without BOM or Windows-1252 (what LibreOffice and Excel write by default in France), quoted fields that
/// hold separators, doubled quotes and line breaks. An XLSX upload becomes the same table (<see cref="Spreadsheets.XlsxTableReader"/>).
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> columns;

    /// <summary>A table read from a workbook: its first row is the header, each record keeps its sheet row number.</summary>
    public static CsvTable FromRows(IReadOnlyList<CsvRecord> rows)
    {
        if (rows.Count == 0) throw new FormatException("Le fichier est vide.");
        return new CsvTable(rows[0].Fields.Select(h => h.Trim()).ToList(), rows.Skip(1).ToList(), ';');
    }

    private CsvTable(IReadOnlyList<string> header, IReadOnlyList<CsvRecord> records, char separator)
    {
        Header = header;
        Records = records;
        Separator = separator;
        columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) columns.TryAdd(Normalise(header[i]), i);
    }

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRecord> Records { get; }
    public char Separator { get; }

    public bool HasColumn(string name) => columns.ContainsKey(Normalise(name));

    /// <summary>The trimmed value of a column in a record, or "" when the column or the field is missing.</summary>
    public string Get(CsvRecord record, string column) =>
        columns.TryGetValue(Normalise(column), out var i) && i < record.Fields.Count ? record.Fields[i].Trim() : "";

    /// <summary>
    /// Decodes bytes as UTF-8 (a BOM is dropped) or, when they are not valid UTF-8, as Windows-1252 (a spreadsheet's
    /// default « CSV » in France). Returns null when neither fits: NUL bytes (UTF-16, a binary file) or bytes that
    /// Windows-1252 leaves undefined.
    /// </summary>
    public static string? Decode(byte[] bytes) => Decode(bytes, out _);

    /// <summary>As <see cref="Decode(byte[])"/>; when it returns null, <paramref name="error"/> names the first line that is not text.</summary>
    public static string? Decode(byte[] bytes, out string? error)
    {
        error = null;
        var badAt = Array.FindIndex(bytes, b => b is 0x00 or 0x81 or 0x8D or 0x8F or 0x90 or 0x9D);
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            if (text.Contains('\0')) throw new DecoderFallbackException();
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            if (badAt < 0) return Windows1252.GetString(bytes);
            var line = 1 + bytes.Take(badAt).Count(b => b == (byte)'\n');
            error = $"Ligne {line} : l'encodage du fichier n'est pas reconnu (ni UTF-8 ni Windows-1252). Enregistrez-le en « CSV UTF-8 » ou en XLSX.";
            return null;
        }
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Parses the text; the first record is the header. Throws <see cref="FormatException"/> on an unclosed quote.</summary>
    public static CsvTable Parse(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var separator = GuessSeparator(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0 && !fieldStarted) { quoted = true; fieldStarted = true; }
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); fieldStarted = false; }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (fields.Count > 1 || fields[0].Length > 0) records.Add(new CsvRecord(recordLine, fields.ToArray()));
                fields.Clear();
                line++;
                recordLine = line;
            }
            else { field.Append(c); fieldStarted = true; }
        }
        if (quoted) throw new FormatException($"Ligne {recordLine} : un guillemet ouvert n'est jamais fermé.");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            if (fields.Count > 1 || fields[0].Length > 0) records.Add(new CsvRecord(recordLine, fields.ToArray()));
        }
        if (records.Count == 0) throw new FormatException("Le fichier est vide.");
        return new CsvTable(records[0].Fields.Select(h => h.Trim()).ToList(), records.Skip(1).ToList(), separator);
    }

    /// <summary>The header row decides: more `;` than `,` outside quotes means `;`.</summary>
    private static char GuessSeparator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static string Normalise(string name) => PortalText.ForSearch(name.Trim()).Replace(' ', '_');
}
