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

    /// <summary>
    /// How long the stored figures of a dashboard's default view (a CTG or the department, current year) are read
    /// before they are computed again: the background job stores them once per this many hours, and a page that finds
    /// none younger computes and stores them. 0 turns snapshots off: every view is computed live (the test host).
    /// </summary>
    public int SnapshotHours { get; set; } = 24;

    /// <summary>« Recalculer les chiffres maintenant » is refused while the last computation is younger than this.</summary>
    public int RecomputeMinimumMinutes { get; set; } = 1;
}
