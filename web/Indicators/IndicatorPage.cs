using System.Globalization;
using System.Text.Json;
using Ctg.Participation.Indicators;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ctg.Participation.Web.Indicators;

/// <summary>
/// What the dashboard partials render: the filters as typed, their resolution, and the figures (null when a filter
/// was refused: nothing is computed then). Shared by the public page and the back-office of one CTG.
/// </summary>
public sealed class IndicatorPage
{
    public required IndicatorScopes.Filter Filter { get; init; }
    public required IndicatorScopes.Resolution Resolution { get; init; }
    public IndicatorReport.Result? Result { get; init; }

    /// <summary>Participants per commune of the chosen CTG (empty for the whole department).</summary>
    public IReadOnlyList<Ctg.Participation.Indicators.Participation.ParticipantsByMunicipality.Line> Communes { get; init; } = [];

    /// <summary>Where the filter form is sent (GET).</summary>
    public required string Action { get; init; }

    /// <summary>False in the back-office of one CTG, whose URL names the CTG.</summary>
    public bool CanChooseConvention { get; init; } = true;

    /// <summary>Puts the resolution's messages beside their fields (ModelState keys are the parameter names).</summary>
    public static void AddErrors(ModelStateDictionary modelState, IndicatorScopes.Resolution resolution)
    {
        foreach (var (field, message) in resolution.Errors) modelState.AddModelError(field, message);
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", PortalCulture.French);

    public static string Period(IndicatorScope scope) => $"du {Date(scope.From)} au {Date(scope.To)}";

    public static string Evolution(IndicatorReport.Figure figure)
    {
        if (figure.Current is not { } current || figure.Previous is not { } previous) return "—";
        var difference = current - previous;
        var text = IndicatorFormat.Text(figure.Definition.Unit, Math.Abs(difference));
        return difference switch { > 0 => "+ " + text, < 0 => "− " + text, _ => "=" };
    }

    /// <summary>
    /// The data of one chart: one per theme and unit (bars of different units do not share an axis). Built from
    /// figures, so suppressed values are already null here: the chart never receives a small count of people.
    /// </summary>
    public static IReadOnlyList<(string Id, string Title, string Json)> Charts(IndicatorReport.Result result)
    {
        var charts = new List<(string, string, string)>();
        var index = 0;
        foreach (var theme in result.ByTheme)
        {
            foreach (var unit in theme.GroupBy(f => f.Definition.Unit))
            {
                var title = theme.Key + (theme.Select(f => f.Definition.Unit).Distinct().Count() > 1 ? $" ({IndicatorFormat.UnitLabel(unit.Key)})" : "");
                var data = new
                {
                    titre = title,
                    unite = IndicatorFormat.UnitLabel(unit.Key),
                    libelles = unit.Select(f => f.Definition.Label).ToArray(),
                    series = new[]
                    {
                        new { nom = "Période " + Period(result.Scope), valeurs = unit.Select(f => f.Current).ToArray() },
                        new { nom = "Période précédente " + Period(result.PreviousScope), valeurs = unit.Select(f => f.Previous).ToArray() },
                    },
                };
                charts.Add(($"graphique-{++index}", title, JsonSerializer.Serialize(data)));
            }
        }
        return charts;
    }

    public static string Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
