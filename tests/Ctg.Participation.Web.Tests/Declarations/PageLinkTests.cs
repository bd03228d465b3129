using System.Text.RegularExpressions;
using Ctg.Participation.Testing;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Tests.Propositions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Declarations;

/// <summary>
/// Page links are written from their route templates (<see cref="PageLinkTemplates"/>) instead of the router's link
/// generator at each link: every address written that way must be the one the router would write, or a renamed
/// route would leave links pointing nowhere.
/// </summary>
public sealed partial class PageLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_page_link_written_from_its_template_is_the_address_the_router_writes()
    {
        _ = factory.Server;
        var templates = factory.Services.GetRequiredService<PageLinkTemplates>();
        var router = factory.Services.GetRequiredService<LinkGenerator>();
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath, e.RoutePattern))
            .Where(e => e.Page is not null)
            .ToList();

        var written = 0;
        foreach (var (page, pattern) in pages)
        {
            var values = pattern.Parameters.ToDictionary(p => p.Name, p => (string?)(p.ParameterPolicies.Any(x => x.Content == "int") ? "42" : "vallee-de-la-roya"));
            if (!templates.TryWrite(page!, values, out var path)) continue;
            written++;
            Assert.Equal(router.GetPathByPage(page!, values: new RouteValueDictionary(values)), path);
        }
        // Nearly every page has a plain template (the layout's menus, a list's rows, /propositions/{id}…).
        Assert.True(written > pages.Count * 3 / 4, $"{written} of {pages.Count} pages written from their template.");
    }

    [Fact]
    public void A_link_missing_a_value_naming_an_unknown_page_or_carrying_a_value_to_encode_is_left_to_the_router()
    {
        _ = factory.Server;
        var templates = factory.Services.GetRequiredService<PageLinkTemplates>();
        Assert.True(templates.TryWrite("/Propositions/Detail", new Dictionary<string, string?> { ["id"] = "12" }, out var detail));
        Assert.Equal("/propositions/12", detail);

        Assert.False(templates.TryWrite("/Propositions/Detail", new Dictionary<string, string?>(), out _));
        Assert.False(templates.TryWrite("/Propositions/Detail", new Dictionary<string, string?> { ["id"] = "douze" }, out _));
        Assert.False(templates.TryWrite("/Propositions/Detail", new Dictionary<string, string?> { ["id"] = "012" }, out _));
        Assert.False(templates.TryWrite("/Propositions/Detail", new Dictionary<string, string?> { ["id"] = "12", ["tri"] = "soutiens" }, out _));
        Assert.False(templates.TryWrite("/NoSuchPage", new Dictionary<string, string?>(), out _));
        Assert.False(templates.TryWrite("/Territoires/Detail", new Dictionary<string, string?> { ["slug"] = "a b" }, out _));
    }

    [Fact]
    public void A_page_whose_first_link_disagreed_with_the_router_is_always_left_to_it()
    {
        var templates = new PageLinkTemplates(factory.Services.GetRequiredService<EndpointDataSource>(),
            factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RouteOptions>>());
        _ = factory.Server;
        Assert.True(templates.TryWrite("/Propositions/Index", new Dictionary<string, string?>(), out _));
        templates.RecordCheck("/Propositions/Index", agrees: false);
        Assert.False(templates.TryWrite("/Propositions/Index", new Dictionary<string, string?>(), out _));
    }

    [Fact]
    public async Task The_layout_and_a_list_link_their_pages_by_the_router_s_addresses()
    {
        using var resident = await ProposalScenario.SignedInAsync(factory, ProposalScenario.Resident);
        var id = await ProposalScenario.PublishAsync(factory, resident);
        using var client = factory.CreatePortalClient();
        var page = await client.GetAsync("/propositions");
        var hrefs = Href().Matches(page.Html).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (var expected in new[] { "/", "/propositions", "/enquetes", "/initiatives", "/annuaire", "/reseaux", "/indicateurs", "/compte/connexion", "/compte/inscription", "/plan-du-site", "/propositions/nouvelle" })
        {
            Assert.Contains(expected, hrefs);
        }
        Assert.Contains($"/propositions/{id}", hrefs);
    }

    [Fact]
    public void No_select_binds_a_model_property_because_option_elements_are_written_as_they_are()
    {
        // _ViewImports removes the option tag helper: it is what marks the chosen option of a <select asp-for>.
        var pages = SourceTree.Pages;
        var bound = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => SelectFor().IsMatch(File.ReadAllText(f))).Select(Path.GetFileName).ToList();
        Assert.True(bound.Count == 0, "A select uses asp-for: " + string.Join(", ", bound));
    }

    [Fact]
    public void No_tag_helper_component_is_registered_because_head_and_body_are_written_as_they_are()
    {
        // _ViewImports removes the head and body tag helpers, which are how tag helper components reach a page.
        Assert.Empty(factory.Services.GetServices<Microsoft.AspNetCore.Razor.TagHelpers.ITagHelperComponent>());
    }


    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<select[^>]*asp-for")]
    private static partial Regex SelectFor();
}
