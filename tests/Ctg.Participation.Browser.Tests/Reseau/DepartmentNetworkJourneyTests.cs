using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Reseau;

/// <summary>A coordinator on a phone (390 px): the network's library, a refused then a shared support, an event, the wall, the barometers.</summary>
public sealed class DepartmentNetworkJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    /// <summary>Screenshots at 320, 1366 and 390 px when SCREENSHOTS_DIR is set, then axe-core and no horizontal scroll at 390 px.</summary>
    private static async Task CheckAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } folder)
        {
            foreach (var width in new[] { 320, 1366, 390 })
            {
                await page.SetViewportSizeAsync(width, 844);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
            }
        }
        await page.AssertAccessibleAsync();
        // The elements that stick out to the right, named, so a failure says where the horizontal scroll comes from.
        var overflow = await page.EvaluateAsync<string>(@"() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return '';
            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1)
                .slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')).join(', ');
        }");
        Assert.True(overflow == "", $"{name}: horizontal scroll at 390 px, caused by {overflow}");
    }

    private async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await portal.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });
        page.Dialog += (_, dialog) => throw new Xunit.Sdk.XunitException($"A dialog opened: {dialog.Message}");
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        return page;
    }
}
