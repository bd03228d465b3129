using System.Globalization;
using System.Text;
using Ctg.Participation.Text;

namespace Ctg.Participation.Proposals;

/// <summary>Length rules and the normalised text the free-text search compares, the same way on every provider.</summary>
public static class ProposalText
{
    public const int TitleMin = 5;
    public const int TitleMax = 150;
    public const int BodyMin = 15;
    public const int BodyMax = 10_000;
    public const int CommentMin = 2;
    public const int CommentMax = 5_000;
    public const int ReasonMin = 5;
    public const int ReasonMax = 1_000;

    /// <summary>
    /// Titles are plain text. Anything that looks like markup is removed on write (the way the body is sanitised),
    /// so a title never carries a script into an export, a mail or a page, even before Razor encodes it.
    /// </summary>
    public static string PlainText(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return "";
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var document = parser.ParseDocument("<body>" + input + "</body>");
        // Tags go, their words stay ("un <b>banc</b>" → "un banc"); what a script or style holds is not words.
        foreach (var element in document.QuerySelectorAll("script, style, template, noscript, iframe, object, svg, math").ToList())
        {
            element.Remove();
        }
        var text = document.Body?.TextContent ?? "";
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Lower case, without accents, single spaces: "À l'étude" and "a l'etude" match.</summary>
    public static string ForSearch(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var space = char.IsWhiteSpace(c);
            if (space && lastWasSpace) continue;
            builder.Append(space ? ' ' : char.ToLowerInvariant(c));
            lastWasSpace = space;
        }
        return builder.ToString().Trim();
    }

    public static string SearchTextOf(string title, string bodyHtml) =>
        ForSearch(title + " " + PortalHtmlSanitizer.VisibleText(bodyHtml));
}
