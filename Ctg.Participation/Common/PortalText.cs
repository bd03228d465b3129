using System.Globalization;
using System.Text;

namespace Ctg.Participation.Common;

/// <summary>
/// Plain text for every feature: markup removed on write, and the normalised form the free-text searches compare, the
/// same way on every provider. Rich text goes through <see cref="Text.PortalHtmlSanitizer"/>.
/// </summary>
public static class PortalText
{
    /// <summary>
    /// Plain text (titles, names, answers): anything that looks like markup is removed on write (the way the body is sanitised),
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

}
