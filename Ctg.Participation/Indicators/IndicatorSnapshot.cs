namespace Ctg.Participation.Indicators;

/// <summary>
/// The figures of a dashboard's default view, computed once and read many times: one row per scope (a CTG, or the
/// department when <see cref="ConventionId"/> is null) and period. <see cref="Content"/> holds the raw values as JSON
/// (<see cref="IndicatorSnapshotContent"/>); statistical secrecy is applied when they are shown, as for live figures.
/// </summary>
public class IndicatorSnapshot
{
    public long Id { get; set; }
    public int? ConventionId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public string Content { get; set; } = "";
}
