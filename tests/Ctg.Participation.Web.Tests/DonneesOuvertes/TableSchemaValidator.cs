using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ctg.Participation.Csv;

namespace Ctg.Participation.Web.Tests.DonneesOuvertes;

/// <summary>
/// Validates a CSV file against a Frictionless Table Schema, for the constraints the portal's schemas use: field names
/// and order (the header), types (string, integer, number, date), required, pattern (whole value) and enum; an empty
/// value is a missing value (missingValues [""]). Returns one French line per problem, empty when the file is valid.
/// </summary>
public static class TableSchemaValidator
{
    public static IReadOnlyList<string> Validate(string schemaJson, byte[] csv)
    {
        using var schema = JsonDocument.Parse(schemaJson);
        var fields = schema.RootElement.GetProperty("fields").EnumerateArray().Select(f => new
        {
            Name = f.GetProperty("name").GetString()!,
            Type = f.GetProperty("type").GetString()!,
            Required = f.TryGetProperty("constraints", out var c) && c.TryGetProperty("required", out var r) && r.GetBoolean(),
            Pattern = c.ValueKind == JsonValueKind.Object && c.TryGetProperty("pattern", out var p) ? new Regex("^(?:" + p.GetString() + ")$") : null,
            Enum = c.ValueKind == JsonValueKind.Object && c.TryGetProperty("enum", out var e) ? e.EnumerateArray().Select(x => x.GetString()!).ToHashSet() : null,
        }).ToList();

        var problems = new List<string>();
        var table = CsvTable.Parse(CsvTable.Decode(csv) ?? throw new InvalidOperationException("not UTF-8"));
        if (!table.Header.SequenceEqual(fields.Select(f => f.Name)))
            problems.Add($"en-tête : {string.Join(";", table.Header)} au lieu de {string.Join(";", fields.Select(f => f.Name))}");
        foreach (var record in table.Records)
        {
            if (record.Fields.Count != fields.Count) problems.Add($"ligne {record.Line} : {record.Fields.Count} champs au lieu de {fields.Count}");
            for (var i = 0; i < Math.Min(fields.Count, record.Fields.Count); i++)
            {
                var field = fields[i];
                var value = record.Fields[i];
                if (value.Length == 0)
                {
                    if (field.Required) problems.Add($"ligne {record.Line}, {field.Name} : obligatoire");
                    continue;
                }
                var typed = field.Type switch
                {
                    "integer" => Regex.IsMatch(value, "^[+-]?\\d+$"),
                    "number" => Regex.IsMatch(value, "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"),
                    "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "string" => true,
                    _ => throw new NotSupportedException(field.Type),
                };
                if (!typed) problems.Add($"ligne {record.Line}, {field.Name} : « {value} » n'est pas du type {field.Type}");
                if (field.Pattern is { } pattern && !pattern.IsMatch(value)) problems.Add($"ligne {record.Line}, {field.Name} : « {value} » ne suit pas le motif {pattern}");
                if (field.Enum is { } allowed && !allowed.Contains(value)) problems.Add($"ligne {record.Line}, {field.Name} : « {value} » n'est pas une valeur permise");
            }
        }
        return problems;
    }
}
