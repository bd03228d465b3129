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
    public async Task A_resident_registers_confirms_from_the_mail_and_signs_in()
    {
        var page = await portal.NewPageAsync();
        const string email = "lea.navigateur@exemple.test";
        const string password = "le mistral souffle fort";

        await page.GotoAsync("/compte/inscription");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Nom d'affichage").FillAsync("Léa N.");
        await page.GetByLabel("Votre commune (facultatif)").SelectOptionAsync("06071");
        await page.Locator("#Input_Password").FillAsync("court");
        await page.GetByLabel("Confirmer le mot de passe").FillAsync("court");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();

        // The weak password is explained beside its field, the summary takes focus, what was typed is kept.
        await Assertions.Expect(page.Locator("#Input_Password-erreur")).ToContainTextAsync("au moins 12 caractères");
        await Assertions.Expect(page.Locator("#resume-erreurs")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Adresse électronique")).ToHaveValueAsync(email);
        await page.AssertAccessibleAsync();

        await page.Locator("#Input_Password").FillAsync(password);
        await page.GetByLabel("Confirmer le mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "lien de confirmation" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var link = Mailbox.LinkIn(await portal.Factory.Mailbox.LatestToAsync(email), "/compte/confirmer-email");
        await page.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(page.GetByText("Votre adresse est confirmée")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await SignInAsync(page, email, password);
        await page.GotoAsync("/compte");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mon compte" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(email)).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
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
    public async Task A_coordinator_works_in_their_convention_and_is_refused_another()
    {
        var page = await portal.NewPageAsync();
        await SignInAsync(page, "coordination.alpes-d-azur@ctg-demo.test");

        await page.GotoAsync("/coordination");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "CTG de la Communauté de communes Alpes d'Azur" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Outils de la CTG" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var other = await page.GotoAsync("/coordination/pays-de-grasse");
        Assert.Equal(403, other!.Status);
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
