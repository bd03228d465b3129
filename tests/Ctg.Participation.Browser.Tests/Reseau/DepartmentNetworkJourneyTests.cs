using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Reseau;

/// <summary>A coordinator on a phone (390 px): the network's library, a refused then a shared support, an event, the wall, the barometers.</summary>
public sealed class DepartmentNetworkJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_coordinator_on_a_phone_shares_a_support_registers_for_a_training_and_reads_the_barometers()
    {
        var page = await SignedInPageAsync("coordination.alpes-d-azur@ctg-demo.test");
        var title = $"Guide des relais parentalité {Guid.NewGuid().ToString("N")[..6]}";

        await page.GotoAsync("/coordination/reseau");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Réseau départemental des chargés de coopération");
        await CheckAsync(page, "reseau");

        await page.GetByRole(AriaRole.Link, new() { Name = "Partager un support" }).ClickAsync();
        await page.GetByLabel("Titre").FillAsync(title);
        await page.GetByLabel("Type de support").SelectOptionAsync(new SelectOptionValue { Label = "Répertoire d'acteurs ressources" });
        await page.GetByLabel("Parentalité").CheckAsync();
        await page.Locator("#fichier").SetInputFilesAsync(new FilePayload { Name = "guide.pdf", MimeType = "application/pdf", Buffer = DemoFiles.Png() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Partager le support" }).ClickAsync();
        await Assertions.Expect(page.Locator("#fichier-erreur")).ToContainTextAsync("n'est pas un vrai fichier PDF");
        await CheckAsync(page, "support-refuse");

        await page.Locator("#fichier").SetInputFilesAsync(new FilePayload { Name = "guide.pdf", MimeType = "application/pdf", Buffer = DemoFiles.Pdf("Guide") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Partager le support" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Le support est partagé avec le réseau départemental.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await CheckAsync(page, "reseau-apres");

        await page.GetByRole(AriaRole.Link, new() { Name = "Formation : évaluer son activité avec le référentiel national" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vous êtes inscrit(e).")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer mon inscription" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Votre inscription est retirée.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "M'inscrire" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vous êtes inscrit(e).").Last).ToBeVisibleAsync();
        await CheckAsync(page, "evenement");

        await page.GotoAsync("/coordination/reseau/mur");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mur du réseau départemental des chargés de coopération");
        await Assertions.Expect(page.Locator(".colonne__titre").First).ToHaveTextAsync("Ressources à partager");
        await CheckAsync(page, "mur");

        await page.GotoAsync("/coordination/alpes-d-azur/barometres");
        await Assertions.Expect(page.GetByText("(T2-3.2-e)")).ToBeVisibleAsync();
        await CheckAsync(page, "barometres");
    }

    /// <summary>Screenshots when CTG_SCREENSHOTS is set, then axe-core and no horizontal scroll at the page's width (390 px).</summary>
    private static async Task CheckAsync(IPage page, string name)
    {
        await Screenshots.TakeAsync(page, name);
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
        // At 390 px the sign-out button sits in the folded menu: the shared helper waits for the redirect instead.
        var page = await portal.SignedInPageAsync(email, 390);
        page.Dialog += (_, dialog) => throw new Xunit.Sdk.XunitException($"A dialog opened: {dialog.Message}");
        return page;
    }
}
