using System.Text;
using Ctg.Participation.Indicators;

namespace Ctg.Participation.Governance;

/// <summary>The report's indicators as CSV for a spreadsheet: UTF-8 with BOM, ";" separated, French decimals.</summary>
public static class IndicatorCsv
{
    public static async Task WriteAsync(Stream output, IReadOnlyList<(IndicatorDefinition Definition, IndicatorValue Value)> rows, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync("Objectif;Code;Indicateur;Valeur;Unité;Détail;Source;Définition\r\n".AsMemory(), ct);
        foreach (var (definition, value) in rows)
        {
            var figure = value.Value?.ToString(PortalCulture.French) ?? "";
            await writer.WriteAsync(string.Join(';', new[]
            {
                definition.Objective, definition.Code, definition.Label, figure, ReportFormat.Unit(definition.Unit), value.Detail ?? "",
                definition.Source, definition.Definition,
            }.Select(Field)).AsMemory(), ct);
            await writer.WriteAsync("\r\n".AsMemory(), ct);
        }
        await writer.FlushAsync(ct);
    }

    /// <summary>Quotes a field when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r' || (value.Length > 1 && value[0] == '-' && !char.IsDigit(value[1])))
            value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
