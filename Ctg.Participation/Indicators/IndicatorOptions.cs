namespace Ctg.Participation.Indicators;

/// <summary>Settings of the indicators feature (section "Indicators").</summary>
public sealed class IndicatorOptions
{
    public const string Section = "Indicators";

    /// <summary>
    /// Statistical secrecy: a count of people between 1 and this value minus one is published as « moins de 11 »,
    /// never as its number (the usual threshold of the Caf and INSEE for small populations).
    /// </summary>
    public int SmallCountThreshold { get; set; } = 11;

    /// <summary>
    /// How long the public dashboard keeps a computed view (per filter) before computing it again. Public figures are
    /// aggregates under statistical secrecy that change slowly; at department scale a view costs a second of queries.
    /// 0 computes every request.
    /// </summary>
    public int PublicCacheSeconds { get; set; } = 300;
}
