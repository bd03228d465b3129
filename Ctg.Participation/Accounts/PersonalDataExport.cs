using System.Text.Json;

namespace Ctg.Participation.Accounts;

/// <summary>Writes everything the portal holds about one person as a JSON document (RGPD right of access and portability).</summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalDataSource> sources, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task WriteAsync(string userId, Stream output, CancellationToken ct = default)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("exporteLe", clock.GetUtcNow());
        writer.WriteString("portail", "Ctg.Participation");
        foreach (var source in sources.OrderBy(s => s.Section, StringComparer.Ordinal))
        {
            writer.WritePropertyName(source.Section);
            JsonSerializer.Serialize(writer, await source.CollectAsync(userId, ct), Json);
        }
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }
}
