using System.Globalization;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Indicators;

/// <summary>
/// What the public may read of a figure. A count of people (or a figure derived from one, see
/// <see cref="IndicatorValue.PeopleBasis"/>) between 1 and the threshold minus one is replaced by « moins de 11 »:
/// the number itself never leaves the server through a public page, file or chart.
/// </summary>
public sealed class StatisticalSecrecy(IOptions<IndicatorOptions> options)
{
    public int Threshold => Math.Max(1, options.Value.SmallCountThreshold);

    public string SmallCountLabel => $"moins de {Threshold}";

    public bool IsSuppressed(IndicatorDefinition definition, IndicatorValue value)
    {
        if (definition.CountsPeople && value.Value is { } v && v >= 1 && v < Threshold) return true;
        return value.PeopleBasis is { } basis && basis >= 1 && basis < Threshold;
    }

    /// <summary>The value the public may read: null when suppressed (or when there is none).</summary>
    public decimal? PublicValue(IndicatorDefinition definition, IndicatorValue value) =>
        IsSuppressed(definition, value) ? null : value.Value;

    /// <summary>The public detail: dropped when the figure is suppressed, since it may name the count.</summary>
    public string? PublicDetail(IndicatorDefinition definition, IndicatorValue value) =>
        IsSuppressed(definition, value) ? null : value.Detail;

    /// <summary>The figure as French text for the public: « moins de 11 » when suppressed.</summary>
    public string PublicText(IndicatorDefinition definition, IndicatorValue value) =>
        IsSuppressed(definition, value) ? SmallCountLabel : IndicatorFormat.Text(definition.Unit, value.Value);
}

/// <summary>French formatting of a figure by its unit.</summary>
public static class IndicatorFormat
{
    public static string Text(IndicatorUnit unit, decimal? value) => value is not { } v ? "—" : unit switch
    {
        IndicatorUnit.Percent => v.ToString("0.#", PortalCulture.French) + " %",
        IndicatorUnit.Days => v.ToString("0.#", PortalCulture.French) + (v >= 2 ? " jours" : " jour"),
        IndicatorUnit.PerThousandInhabitants => v.ToString("0.##", PortalCulture.French) + " ‰",
        _ => v.ToString("#,0.##", PortalCulture.French),
    };

    /// <summary>Machine-readable (CSV/JSON): invariant culture, dot decimal separator.</summary>
    public static string Invariant(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    public static string UnitLabel(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "pourcentage",
        IndicatorUnit.Days => "jours",
        IndicatorUnit.PerThousandInhabitants => "pour 1 000 habitants",
        _ => "nombre",
    };

    public static string UnitCode(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "percent",
        IndicatorUnit.Days => "days",
        IndicatorUnit.PerThousandInhabitants => "per_1000_inhabitants",
        _ => "count",
    };
}

/// <summary>
/// What the public may read of a « nombre et nature » breakdown: nothing when the figure itself is suppressed; for a
/// figure about people (<see cref="IndicatorDefinition.CountsPeople"/> or with a <see cref="IndicatorValue.PeopleBasis"/>),
/// each row counting 1 to threshold − 1 people has a null count (shown « moins de 11 »).
/// </summary>
public static class PublicBreakdowns
{
    public static IReadOnlyList<(string Nature, decimal? Count)>? Of(StatisticalSecrecy secrecy, IndicatorDefinition definition, IndicatorValue value)
    {
        if (value.Breakdown is not { } rows || secrecy.IsSuppressed(definition, value)) return null;
        var aboutPeople = definition.CountsPeople || value.PeopleBasis is not null;
        return rows.Select(r => (r.Nature, aboutPeople && r.Count >= 1 && r.Count < secrecy.Threshold ? (decimal?)null : r.Count)).ToList();
    }
}
