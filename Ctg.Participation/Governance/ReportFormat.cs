using System.Text;
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

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", PortalCulture.French);

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, MeetingRules.Zone).ToString("d MMMM yyyy", PortalCulture.French);

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
