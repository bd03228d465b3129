using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Ctg.Participation.Testing;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Accounts;

public sealed class AccountJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static async Task SignInAsync(IPage page, string email, string password = DemoAccounts.Password)
    {
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
    }

    [Fact]
    public async Task A_resident_is_refused_the_coordination_space()
    {
        var page = await portal.NewPageAsync();
        await SignInAsync(page, "habitant@ctg-demo.test");

        var response = await page.GotoAsync("/coordination");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accès refusé" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account()
    {
        var page = await portal.NewPageAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(page, "admin@ctg-demo.test", "ce n'est pas le bon " + attempt);
            await Assertions.Expect(page.Locator("#resume-erreurs")).ToBeVisibleAsync();
        }
        await SignInAsync(page, "admin@ctg-demo.test");
        await Assertions.Expect(page.Locator("#resume-erreurs")).ToContainTextAsync("verrouillé");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_of_the_keyboard_and_leads_to_the_content()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#contenu")).ToBeFocusedAsync();
    }
}
