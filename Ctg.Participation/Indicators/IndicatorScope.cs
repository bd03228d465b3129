namespace Ctg.Participation.Indicators;

/// <summary>
/// What an indicator is computed on: one CTG (or the whole department when <see cref="ConventionId"/> is null),
/// a period of whole days [From, To] inclusive, optionally one axis and one commune. Dates are civil dates in UTC:
/// <see cref="Start"/> is From at 00:00 and <see cref="End"/> the day after To at 00:00 (exclusive).
/// Build it with <see cref="IndicatorScopes"/>, which refuses periods that end before they start.
/// </summary>
public sealed record IndicatorScope(int? ConventionId, DateOnly From, DateOnly To, int? AxisId = null, int? MunicipalityId = null)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public bool Contains(DateTimeOffset at) => at >= Start && at < End;

    /// <summary>The period of the same length just before this one, for "compared with the previous period".</summary>
    public IndicatorScope Previous()
    {
        var days = To.DayNumber - From.DayNumber + 1;
        return this with { From = From.AddDays(-days), To = From.AddDays(-1) };
    }
}
