using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Common;

/// <summary>
/// Writes the address of a page from its route template, for the links every page repeats (the layout's menus, a
/// list's rows). The router's link generator walks its address tables, binds ambient values and allocates for each
/// link: a tenth of a rendered list page went to its twenty-odd links. A template is used here only when the link
/// gives every parameter itself (so the current request's values cannot matter), each value is plain (letters,
/// digits, '-' or '_', nothing to encode) and satisfies the parameter's only allowed constraint (int). Anything else
/// goes to the link generator. The first link written for each page is compared with the generator's (see
/// <see cref="PageAnchorTagHelper"/>): a page whose template disagrees is never written here again.
/// </summary>
public sealed class PageLinkTemplates(EndpointDataSource endpoints, IOptions<RouteOptions> routeOptions)
{
    private readonly Lazy<IReadOnlyDictionary<string, Template>> templates = new(() => Read(endpoints));
    private readonly ConcurrentDictionary<string, bool> checkedPages = new(StringComparer.Ordinal);

    /// <summary>The path of <paramref name="page"/> with these values, or false when the link generator must write it.</summary>
    public bool TryWrite(string page, IDictionary<string, string?> values, out string path)
    {
        path = "";
        if (checkedPages.TryGetValue(page, out var agrees) && !agrees) return false;
        if (!templates.Value.TryGetValue(page, out var template)) return false;
        if (values.Count != template.ParameterCount) return false;

        var builder = new StringBuilder(template.Length + 16);
        foreach (var part in template.Parts)
        {
            if (part.Literal is { } literal)
            {
                builder.Append(literal);
                continue;
            }
            if (!values.TryGetValue(part.Parameter!, out var value) || !IsPlain(value, part.IsInt)) return false;
            builder.Append(value);
        }
        path = routeOptions.Value.LowercaseUrls ? builder.ToString().ToLowerInvariant() : builder.ToString();
        return true;
    }

    /// <summary>Whether this page's first written link has been compared with the generator's.</summary>
    public bool IsChecked(string page) => checkedPages.ContainsKey(page);

    /// <summary>Records the comparison: a page that disagreed goes to the link generator from now on.</summary>
    public void RecordCheck(string page, bool agrees) => checkedPages[page] = agrees;

    private static bool IsPlain(string? value, bool mustBeInt)
    {
        if (string.IsNullOrEmpty(value)) return false;
        if (mustBeInt) return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n.ToString(CultureInfo.InvariantCulture) == value;
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_') return false;
        }
        return true;
    }

    private static IReadOnlyDictionary<string, Template> Read(EndpointDataSource endpoints)
    {
        var byPage = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath, e.RoutePattern))
            .Where(e => e.Page is not null)
            .GroupBy(e => e.Page!, StringComparer.Ordinal);
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var group in byPage)
        {
            // A page reachable by two templates is left to the generator, which knows which one it prefers.
            if (group.Count() != 1) continue;
            if (Template.From(group.Single().RoutePattern) is { } template) result[group.Key] = template;
        }
        return result;
    }

    private sealed record Part(string? Literal, string? Parameter, bool IsInt);

    private sealed record Template(IReadOnlyList<Part> Parts, int ParameterCount, int Length)
    {
        public static Template? From(RoutePattern pattern)
        {
            var parts = new List<Part>();
            foreach (var segment in pattern.PathSegments)
            {
                parts.Add(new Part("/", null, false));
                foreach (var part in segment.Parts)
                {
                    switch (part)
                    {
                        case RoutePatternLiteralPart literal:
                            parts.Add(new Part(literal.Content, null, false));
                            break;
                        case RoutePatternParameterPart p when !p.IsOptional && !p.IsCatchAll && p.Default is null
                            && p.ParameterPolicies.All(policy => policy.Content == "int"):
                            parts.Add(new Part(null, p.Name, p.ParameterPolicies.Count > 0));
                            break;
                        default:
                            return null;
                    }
                }
            }
            if (parts.Count == 0) parts.Add(new Part("/", null, false));
            return new Template(parts, parts.Count(p => p.Parameter is not null), parts.Sum(p => p.Literal?.Length ?? 8));
        }
    }
}
