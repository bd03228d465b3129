using Ctg.Participation.Csv;
using Ctg.Participation.Indicators;
using Ctg.Participation.Spreadsheets;

namespace Ctg.Participation.Governance;

/// <summary>The report's indicators as a table: CSV for people (UTF-8 BOM, `;`, `,` decimals), XLSX or ODS; values are numbers.</summary>
public static class IndicatorCsv
{
    public static readonly TableColumn[] Columns =
    [
        new("Objectif", 10), new("Code", 28), new("Indicateur", 50), new("Valeur", 10), new("Unité", 12), new("Détail", 30), new("Source", 30), new("Définition", 60),
    ];

    public static async Task WriteAsync(ITableWriter table, IReadOnlyList<(IndicatorDefinition Definition, IndicatorValue Value)> rows, CancellationToken ct = default)
    {
        await table.WriteHeaderAsync(Columns, ct);
        foreach (var (definition, value) in rows)
        {
            await table.WriteRowAsync(
            [
                TableCell.Code(definition.Objective), TableCell.Code(definition.Code), TableCell.Text(definition.Label), TableCell.Of(value.Value),
                TableCell.Text(ReportFormat.Unit(definition.Unit)), TableCell.Text(value.Detail), TableCell.Text(definition.Source), TableCell.Text(definition.Definition),
            ], ct);
        }
    }

    /// <summary>The CSV for people, as the report's `?handler=Csv` serves it.</summary>
    public static async Task WriteAsync(Stream output, IReadOnlyList<(IndicatorDefinition Definition, IndicatorValue Value)> rows, CancellationToken ct = default)
    {
        await using var csv = new CsvTableWriter(output, CsvConventions.People);
        await WriteAsync(csv, rows, ct);
        await csv.CompleteAsync(ct);
    }
}
