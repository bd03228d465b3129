using System.Text;
using Ctg.Participation.Common;
using Ctg.Participation.Indicators;
using Ctg.Participation.Routing;

namespace Ctg.Participation.Governance;

/// <summary>How the report writes figures, dates and statuses, the same on the page, in the PDF and in the CSV.</summary>
public static class ReportFormat
{
    public static string Value(IndicatorDefinition definition, IndicatorValue value)
    {
        if (value.Value is not { } v) return "sans objet";
        var number = v.ToString(v == decimal.Truncate(v) ? "N0" : "N1", PortalCulture.French);
        return definition.Unit switch
        {
            IndicatorUnit.Percent => number + " %",
            IndicatorUnit.Days => number + " jours",
            IndicatorUnit.PerThousandInhabitants => number + " ‰ habitants",
            _ => number,
        };
    }

    public static string Unit(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "%",
        IndicatorUnit.Days => "jours",
        IndicatorUnit.PerThousandInhabitants => "pour mille habitants",
        _ => "nombre",
    };

    /// <summary>« 1er octobre 2026 », « 2 octobre 2026 »: French writes the first of the month as an ordinal.</summary>
    public static string Date(DateOnly date) => (date.Day == 1 ? "1er" : date.Day.ToString(PortalCulture.French)) + date.ToString(" MMMM yyyy", PortalCulture.French);

    public static string Date(DateTimeOffset at) => Date(PortalTime.DayOf(at));

    /// <summary>« du 1er janvier au 31 décembre 2026 » within a year, else both years.</summary>
    public static string Period(DateOnly from, DateOnly to) => from.Year == to.Year
        ? $"du {(from.Day == 1 ? "1er" : from.Day.ToString(PortalCulture.French))}{from.ToString(" MMMM", PortalCulture.French)} au {Date(to)}"
        : $"du {Date(from)} au {Date(to)}";

    /// <summary>« 0 excusé », « 1 excusé », « 2 excusés »: French counts 0 and 1 as singular.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count.ToString("N0", PortalCulture.French)} {(count <= 1 ? singular : plural ?? singular + "s")}";

    /// <summary>Cuts a text at <paramref name="max"/> characters on a word, ending with a real ellipsis (…), never « .. ».</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', Math.Max(0, max - 1));
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', '.', ',', ';', ':') + "…";
    }

    /// <summary>A meeting's attendance in words, with French plurals.</summary>
    public static string Attendance(int invited, int present, int excused, int absent) =>
        $"{Count(invited, "invité")} : {Count(present, "présent")}, {Count(excused, "excusé")}, {Count(absent, "absent")}";

    /// <summary>« PMI : 3 », one nature per line, for a « nombre et nature » breakdown.</summary>
    public static IReadOnlyList<string> Breakdown(IndicatorValue value) =>
        value.Breakdown is { Count: > 0 } rows
            ? rows.Select(b => $"{b.Nature} : {b.Count.ToString(b.Count == decimal.Truncate(b.Count) ? "N0" : "N1", PortalCulture.French)}").ToList()
            : [];

    public static string Label(this RoutingStatus status) => status switch
    {
        RoutingStatus.Routed => "orientée",
        RoutingStatus.Acknowledged => "prise en compte",
        RoutingStatus.Answered => "réponse donnée",
        _ => "renvoyée",
    };

    /// <summary>Sanitised HTML as paragraphs of plain text, for the PDF.</summary>
    public static IReadOnlyList<string> Paragraphs(string html)
    {
        if (string.IsNullOrWhiteSpace(html)) return [];
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var document = parser.ParseDocument("<body>" + html + "</body>");
        var paragraphs = new List<string>();
        foreach (var block in document.Body!.QuerySelectorAll("p, li, blockquote"))
        {
            if (block.QuerySelector("p, li") is not null) continue;
            var text = new StringBuilder(block.TagName == "LI" ? "• " : "");
            text.Append(string.Join(' ', block.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            if (text.Length > 0) paragraphs.Add(text.ToString());
        }
        if (paragraphs.Count == 0) paragraphs.Add(string.Join(' ', document.Body.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return paragraphs;
    }
}
