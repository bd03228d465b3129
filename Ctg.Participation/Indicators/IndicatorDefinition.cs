namespace Ctg.Participation.Indicators;

/// <summary>
/// What an indicator is, in the words of the referential. <see cref="Code"/> is stable (used in CSV/JSON and URLs);
/// <see cref="Objective"/> orders the catalogue like Tableau 2 ("1.1", "1.2", "4.1"…; "FA17" for Fiche action 17).
/// <see cref="CountsPeople"/> marks counts of individuals, which the public view shows as « moins de 11 » below
/// the statistical-secrecy threshold.
/// </summary>
public sealed record IndicatorDefinition(
    string Code,
    string Label,
    string Objective,
    string Source,
    string Definition,
    IndicatorUnit Unit,
    bool CountsPeople = false)
{
    /// <summary>
    /// The line of Tableau 2 or Fiche 17 this indicator measures (<see cref="Referential.Tableau2"/>: "T2-1.1-b",
    /// "FA17-3"), or null for a participation figure outside the referential's lines.
    /// </summary>
    public string? ReferentialLine { get; init; }
}

public enum IndicatorUnit
{
    Count = 0,
    Percent = 1,
    Days = 2,
    PerThousandInhabitants = 3,
}
