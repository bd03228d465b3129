using System.Text.Json;
using Ctg.Participation.Indicators.Participation;

namespace Ctg.Participation.Indicators;

/// <summary>
/// What <see cref="IndicatorSnapshot.Content"/> holds: the raw values of every indicator on the period and the period
/// before it, and the raw participants per commune (a CTG only). Raw, so the same snapshot serves the public view
/// (statistical secrecy applied when shown) and the back-office (full figures). A snapshot whose version or codes no
/// longer match the catalogue is not read: the figures are computed again.
/// </summary>
public sealed record IndicatorSnapshotContent(int Version, IReadOnlyList<IndicatorSnapshotContent.Figure> Figures, IReadOnlyList<ParticipantsByMunicipality.CommuneCount> Communes)
{
    public const int CurrentVersion = 1;

    public sealed record Value(decimal? Number, string? Detail, int? PeopleBasis, IReadOnlyList<IndicatorBreakdown>? Breakdown)
    {
        public static Value Of(IndicatorValue value) => new(value.Value, value.Detail, value.PeopleBasis, value.Breakdown);

        public IndicatorValue ToIndicatorValue() => new(Number, Detail) { PeopleBasis = PeopleBasis, Breakdown = Breakdown };
    }

    public sealed record Figure(string Code, Value Current, Value Previous);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IndicatorSnapshotContent Of(IReadOnlyList<IndicatorReport.Measure> measures, IReadOnlyList<ParticipantsByMunicipality.CommuneCount> communes) =>
        new(CurrentVersion, measures.Select(m => new Figure(m.Definition.Code, Value.Of(m.Current), Value.Of(m.Previous))).ToList(), communes);

    public string Serialise() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored content, or null when it was written by another version of the portal.</summary>
    public static IndicatorSnapshotContent? Read(string json)
    {
        try
        {
            var content = JsonSerializer.Deserialize<IndicatorSnapshotContent>(json, Json);
            return content?.Version == CurrentVersion ? content : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The measures in the catalogue's order, or null when the catalogue has changed since the snapshot.</summary>
    public IReadOnlyList<IndicatorReport.Measure>? Measures(IReadOnlyList<IndicatorDefinition> catalogue)
    {
        var byCode = Figures.GroupBy(f => f.Code).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (byCode.Count != catalogue.Count || catalogue.Any(d => !byCode.ContainsKey(d.Code))) return null;
        return catalogue.Select(d => new IndicatorReport.Measure(d, byCode[d.Code].Current.ToIndicatorValue(), byCode[d.Code].Previous.ToIndicatorValue())).ToList();
    }
}
