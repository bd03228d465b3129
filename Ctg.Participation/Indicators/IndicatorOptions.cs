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
}
