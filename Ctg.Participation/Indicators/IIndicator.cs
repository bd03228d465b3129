namespace Ctg.Participation.Indicators;

/// <summary>
/// One indicator of the national referential (seeds/003, Tableau 2) or of a fiche action, computed from what the
/// portal records. Each feature registers the indicators it can count with <see cref="IndicatorsFeature.AddIndicator{T}"/>,
/// so the dashboard, the annual report and the open data sum them without knowing the features.
/// Implementations are scoped services (they may take the DbContext) and compute in the database, never by loading a table.
/// </summary>
public interface IIndicator
{
    IndicatorDefinition Definition { get; }

    Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default);
}
