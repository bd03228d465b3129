namespace Ctg.Participation.Indicators;

/// <summary>
/// A computed figure. <see cref="Value"/> is null when the indicator has no meaning on the scope (a median of
/// nothing, a rate without invitations); <see cref="Detail"/> is an optional short French text ("12 sur 40").
/// </summary>
public sealed record IndicatorValue(decimal? Value, string? Detail = null)
{
    public static IndicatorValue Of(decimal value, string? detail = null) => new(value, detail);

    /// <summary>
    /// For a figure derived from a count of people (a rate per 1,000 inhabitants, a share of participants): that
    /// count, so statistical secrecy also hides the derived figure when the count is small.
    /// </summary>
    public int? PeopleBasis { get; init; }

    /// <summary>
    /// « Nombre et nature »: the count broken down by nature (or type), largest first, computed in the database
    /// with the value. Null when the indicator has no breakdown.
    /// </summary>
    public IReadOnlyList<IndicatorBreakdown>? Breakdown { get; init; }

    public static readonly IndicatorValue None = new((decimal?)null);
}

/// <summary>One row of a « nombre et nature » breakdown: a nature's label and its count.</summary>
public sealed record IndicatorBreakdown(string Nature, decimal Count);
