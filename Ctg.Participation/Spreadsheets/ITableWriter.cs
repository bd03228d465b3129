namespace Ctg.Participation.Spreadsheets;

/// <summary>
/// Where an export writes its rows, whatever the format (CSV for people, CSV for open data, XLSX, ODS). Exports are
/// written once against this interface and read row by row from the database, so memory does not grow with the data.
/// </summary>
public interface ITableWriter : IAsyncDisposable
{
    /// <summary>Writes the header row; called once, first.</summary>
    ValueTask WriteHeaderAsync(IReadOnlyList<TableColumn> columns, CancellationToken ct = default);

    ValueTask WriteRowAsync(IReadOnlyList<TableCell> cells, CancellationToken ct = default);

    /// <summary>Finishes the file (closes the sheet and the package); nothing may be written after.</summary>
    ValueTask CompleteAsync(CancellationToken ct = default);
}

/// <summary>The download formats of a tabular export, as they appear in URLs (`?format=xlsx`).</summary>
public enum TableFormat
{
    Csv,
    Xlsx,
    Ods,
}

public static class TableFormats
{
    /// <summary>Reads `csv`, `xlsx` or `ods` (any case); null for anything else.</summary>
    public static TableFormat? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "csv" => TableFormat.Csv,
        "xlsx" => TableFormat.Xlsx,
        "ods" => TableFormat.Ods,
        _ => null,
    };

    public static string Extension(this TableFormat format) => format switch
    {
        TableFormat.Xlsx => "xlsx",
        TableFormat.Ods => "ods",
        _ => "csv",
    };

    public static string ContentType(this TableFormat format) => format switch
    {
        TableFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        TableFormat.Ods => "application/vnd.oasis.opendocument.spreadsheet",
        _ => "text/csv; charset=utf-8",
    };
}
