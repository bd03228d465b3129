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
            // Serialised to an element first: serialising straight into the writer would flush it synchronously,
            // which the server's response stream refuses. Each section is small; the document is streamed section by section.
            JsonSerializer.SerializeToElement(await source.CollectAsync(userId, ct), Json).WriteTo(writer);
            await writer.FlushAsync(ct);
        }
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }
}
