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

    /// <summary>When the figures shown were computed: a stored snapshot's time, or now for a view computed live.</summary>
    public DateTimeOffset? ComputedAt { get; init; }

    /// <summary>« Chiffres calculés le 1 décembre 2026 à 04 h 10 » (Paris time).</summary>
    public static string ComputedAtSentence(DateTimeOffset at) => "Chiffres calculés le " + IndicatorSnapshots.ComputedAtText(at);

    /// <summary>
    /// The figures of a scope as shown: from the newest snapshot when the scope is a dashboard's default view (computed
    /// and stored when there is none young enough), else computed live now.
    /// </summary>
    public static async Task<(IndicatorReport.Result Result, IReadOnlyList<Ctg.Participation.Indicators.Participation.ParticipantsByMunicipality.Line> Communes, DateTimeOffset ComputedAt)> FiguresAsync(
        IndicatorSnapshots snapshots, IndicatorReport report, Ctg.Participation.Indicators.Participation.ParticipantsByMunicipality communes, TimeProvider clock,
        IndicatorScope scope, bool isPublic, CancellationToken ct)
    {
        if (snapshots.Covers(scope))
        {
            var snapshot = await snapshots.ReadOrComputeAsync(scope.ConventionId, ct);
            return (snapshots.Report(snapshot, isPublic), snapshots.Communes(snapshot, isPublic), snapshot.ComputedAt);
        }
        var computedAt = clock.GetUtcNow();
        return (await report.ComputeAsync(scope, isPublic, ct), await communes.ComputeAsync(scope, isPublic, ct), computedAt);
    }

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

    /// <summary>The figures a resident reads first, in this order, when the catalogue has them.</summary>
    public static readonly string[] HeadlineCodes = ["participants-distincts", "propositions-part-repondues", "initiatives-identifiees", "murs-cartes-creees"];

    public static IReadOnlyList<IndicatorReport.Figure> Headlines(IndicatorReport.Result result) =>
        HeadlineCodes.Select(code => result.Figures.FirstOrDefault(f => f.Definition.Code == code)).OfType<IndicatorReport.Figure>().ToList();

    /// <summary>One section per objective of the referential (Tableau 2, then Fiche action 17), residents' objective first.</summary>
    public sealed record ObjectiveSection(string Key, string Title, IReadOnlyList<IndicatorReport.Figure> Figures);

    public static IReadOnlyList<ObjectiveSection> Sections(IndicatorReport.Result result)
    {
        static string Major(string objective) => objective.Split('.')[0];
        var sections = new List<ObjectiveSection>();
        foreach (var objective in Ctg.Participation.Referential.Tableau2.Objectives.OrderBy(o => o.Number == "4" ? 0 : 1).ThenBy(o => o.Number, StringComparer.Ordinal))
        {
            var figures = result.Figures.Where(f => Major(f.Definition.Objective) == objective.Number).ToList();
            if (figures.Count > 0) sections.Add(new(objective.Number, $"Objectif {objective.Number} : {objective.Title}", figures));
        }
        var rest = result.Figures.Where(f => sections.All(s => !s.Figures.Contains(f))).ToList();
        if (rest.Count > 0) sections.Add(new("autres", "Fiche action 17 et autres indicateurs", rest));
        return sections;
    }

    /// <summary>
    /// The chart of a section, or null: only counts, only values the public may read (never « moins de 11 »), and only
    /// where at least three of them can be compared. Counts are whole numbers, so the axis is too.
    /// </summary>
    public static (string Id, string Title, string Json)? ChartOf(ObjectiveSection section, IndicatorReport.Result result)
    {
        var figures = section.Figures.Where(f => f.Definition.Unit == IndicatorUnit.Count && !f.CurrentSuppressed && f.Current is not null).ToList();
        if (figures.Count < 3) return null;
        var title = section.Title + " (nombre)";
        var data = new
        {
            titre = title,
            unite = IndicatorFormat.UnitLabel(IndicatorUnit.Count),
            entier = true,
            libelles = figures.Select(f => f.Definition.Label).ToArray(),
            series = new[]
            {
                new { nom = "Période " + Period(result.Scope), valeurs = figures.Select(f => f.Current).ToArray() },
                new { nom = "Période précédente " + Period(result.PreviousScope), valeurs = figures.Select(f => f.PreviousSuppressed ? null : f.Previous).ToArray() },
            },
        };
        return ($"graphique-{section.Key}", title, JsonSerializer.Serialize(data));
    }

    public static string Invariant(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
