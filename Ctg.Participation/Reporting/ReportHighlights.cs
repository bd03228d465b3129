namespace Ctg.Participation.Reporting;

/// <summary>
/// One notable thing the officer did in the year, filed under a function of Tableau 2 ("1.1"…"4.2"): a Copil held, a
/// decision carried out, an expertise mobilised… <see cref="Nature"/> is the referential's « nature » when known.
/// </summary>
public sealed record ReportHighlight(string Function, DateTimeOffset At, string Kind, string Text, string? Nature = null);

/// <summary>
/// Where the report's « faits marquants » come from. Each feature that records the officer's work (governance
/// meetings, the cooperation journal…) registers one with <see cref="ReportingFeature.AddReportHighlights{T}"/>; the
/// report takes the most recent few per function from all of them.
/// </summary>
public interface IReportHighlightSource
{
    Task<IReadOnlyList<ReportHighlight>> HighlightsAsync(int conventionId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct = default);
}
