using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Ctg.Participation.Web.Common;

/// <summary>
/// The anchor tag helper (removed in _ViewImports), with the common page link written from its template
/// (<see cref="PageLinkTemplates"/>): asp-page with every route value given, no handler, fragment, host or area.
/// Every other link is the framework's. Same attributes, same markup.
/// </summary>
[HtmlTargetElement("a", Attributes = "asp-action")]
[HtmlTargetElement("a", Attributes = "asp-controller")]
[HtmlTargetElement("a", Attributes = "asp-area")]
[HtmlTargetElement("a", Attributes = "asp-page")]
[HtmlTargetElement("a", Attributes = "asp-page-handler")]
[HtmlTargetElement("a", Attributes = "asp-fragment")]
[HtmlTargetElement("a", Attributes = "asp-host")]
[HtmlTargetElement("a", Attributes = "asp-protocol")]
[HtmlTargetElement("a", Attributes = "asp-route")]
[HtmlTargetElement("a", Attributes = "asp-all-route-data")]
[HtmlTargetElement("a", Attributes = "asp-route-*")]
public sealed class PageAnchorTagHelper(IHtmlGenerator generator, PageLinkTemplates templates, LinkGenerator links) : AnchorTagHelper(generator)
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Page is { } page && page.StartsWith('/') && PageHandler is null && Fragment is null && Area is null
            && Host is null && Protocol is null && Action is null && Controller is null && Route is null
            && !output.Attributes.ContainsName("href")
            && templates.TryWrite(page, RouteValues!, out var path))
        {
            var request = ViewContext.HttpContext.Request;
            if (!templates.IsChecked(page))
            {
                // The first link to each page is written both ways: a template that disagrees with the router
                // (a convention this class does not know) is not used again, and this link is the router's.
                var expected = links.GetPathByPage(ViewContext.HttpContext, page, values: new RouteValueDictionary(RouteValues!));
                var agrees = expected == request.PathBase + path;
                templates.RecordCheck(page, agrees);
                if (!agrees)
                {
                    base.Process(context, output);
                    return;
                }
            }
            output.Attributes.SetAttribute("href", request.PathBase + path);
            return;
        }
        base.Process(context, output);
    }
}
