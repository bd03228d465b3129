using Ganss.Xss;

namespace Ctg.Participation.Text;

/// <summary>
/// The one sanitiser for HTML written by users, applied once, on write. A small allow-list: paragraphs, line breaks,
/// emphasis, lists, quotes and http/https/mailto links. Never style, class, svg, math, iframe, noscript, form or
/// input, which HtmlSanitizer's defaults allow or which have had bypasses.
/// </summary>
public sealed class PortalHtmlSanitizer
{
    private static readonly string[] AllowedTags = ["p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote"];

    private readonly HtmlSanitizer sanitizer;

    public PortalHtmlSanitizer()
    {
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        // Links written by users open normally but tell the target nothing about the portal.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
    }

    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : sanitizer.Sanitize(html).Trim();

    /// <summary>The text a reader sees, without tags: for length rules and for search.</summary>
    public static string VisibleText(string html)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var document = parser.ParseDocument("<body>" + html + "</body>");
        return document.Body?.TextContent.Trim() ?? "";
    }
}
