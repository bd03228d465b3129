using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Governance;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Shell;

public sealed class HomePageTests(LivedInBrowserPortal portal) : IClassFixture<LivedInBrowserPortal>
{
    [Fact]
    public async Task On_a_phone_the_menu_opens_without_javascript_and_the_chooser_shows_the_current_ctg()
    {
        var context = await portal.NewPageAsync(width: 320);
        var page = context;
        await page.Context.RouteAsync("**/*.js", route => route.AbortAsync());
        await page.GotoAsync("/ctg/alpes-d-azur");
        var menu = page.GetByText("Menu", new() { Exact = true });
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Propositions", Exact = true })).ToBeHiddenAsync();
        await menu.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Propositions", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#choix-ctg option:checked")).ToHaveTextAsync("Communauté de communes Alpes d'Azur");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await page.AssertAccessibleAsync();
    }
}
