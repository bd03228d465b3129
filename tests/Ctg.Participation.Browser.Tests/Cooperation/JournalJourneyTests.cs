using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Cooperation;

/// <summary>On a phone (390 px wide): the officer logs three actions of different kinds, one from a meeting's page, and finds them in Tableau 2.</summary>
public sealed class JournalJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_coordinator_logs_three_entries_on_a_phone_and_the_referential_shows_them_under_1_1_3_1_and_3_2()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var page = await SignedInPhoneAsync("coordination.alpes-d-azur@ctg-demo.test");

        // 1. From a meeting's page: « expertise mobilisée lors de cette réunion ».
        await page.GotoAsync("/coordination/alpes-d-azur/instances");
        await page.GetByRole(AriaRole.Link, new() { Name = "Copil de lancement du plan d'action" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Copil de lancement du plan d'action");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Expertise mobilisée lors de cette réunion" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Consigner une action");
        await Assertions.Expect(page.GetByLabel("Type d'action")).ToHaveValueAsync("Expertise");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Nature").SelectOptionAsync(new SelectOptionValue { Label = "Juriste" });
        await page.GetByLabel("Note").FillAsync($"Juriste au Copil {tag}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner l'action" }).ClickAsync();
        await Assertions.Expect(page.GetByText("L'action est consignée au journal de coopération.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Copil de lancement du plan d'action");

        // 2. A relay between the Caf and a partner, from the journal; first without a nature: refused beside the field.
        await page.GotoAsync("/coordination/alpes-d-azur/journal");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Consigner une action" }).ClickAsync();
        await page.GetByLabel("Type d'action").SelectOptionAsync(new SelectOptionValue { Label = "3.1 — Relais entre la Caf et un partenaire" });
        await page.GetByLabel("Note").FillAsync($"Relais subvention {tag}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner l'action" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_NatureId-erreur")).ToContainTextAsync("Choisissez la nature de l'action.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Nature").SelectOptionAsync(new SelectOptionValue { Label = "Dossier de subvention" });
        await page.GetByLabel("Caf des Alpes-Maritimes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner l'action" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Relais subvention {tag}")).ToBeVisibleAsync();

        // 3. Advice to a partner created on the spot.
        await page.GetByRole(AriaRole.Link, new() { Name = "Consigner une action" }).ClickAsync();
        await page.GetByLabel("Type d'action").SelectOptionAsync(new SelectOptionValue { Label = "3.2 — Conseil ou appui à un partenaire" });
        await page.GetByLabel("Nature").SelectOptionAsync(new SelectOptionValue { Label = "Aide à la recherche de financements" });
        await page.GetByText("Un partenaire qui n'est pas dans la liste").ClickAsync();
        await page.GetByLabel("Nom du nouveau partenaire").FillAsync($"Association Les Lucioles {tag}");
        await page.GetByLabel("Type du nouveau partenaire").SelectOptionAsync(new SelectOptionValue { Label = "Association" });
        await page.GetByLabel("Note").FillAsync($"Appui aux Lucioles {tag}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Consigner l'action" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Appui aux Lucioles {tag}")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".journal-entrees").GetByText($"Association Les Lucioles {tag}")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The referential: each entry under its function with its nature.
        await page.GotoAsync($"/coordination/alpes-d-azur/referentiel?annee={DateTime.UtcNow.Year}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tableau 2 du référentiel");
        await Assertions.Expect(page.Locator("#fonction-1\\.1 #ligne-T2-1\\.1-b")).ToContainTextAsync("Juriste");
        await Assertions.Expect(page.Locator("#fonction-3\\.1 #ligne-T2-3\\.1-a")).ToContainTextAsync("Dossier de subvention");
        await Assertions.Expect(page.Locator("#fonction-3\\.2 #ligne-T2-3\\.2-a")).ToContainTextAsync("Aide à la recherche de financements");
        await Assertions.Expect(page.Locator("#fonction-3\\.2 #ligne-T2-3\\.2-a")).ToContainTextAsync("Association");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the referential scrolls sideways at 390 px");
        await page.AssertAccessibleAsync();
        await Screenshots.TakeAsync(page, "referentiel");

        // Each value leads to its records: the journal filtered on the kind and year.
        await page.Locator("#ligne-T2-3\\.1-a a.valeur").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Journal de coopération");
        await Assertions.Expect(page.GetByText($"Relais subvention {tag}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"Appui aux Lucioles {tag}")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await Screenshots.TakeAsync(page, "journal");
        await page.GotoAsync("/coordination/alpes-d-azur/journal/nouvelle");
        await Screenshots.TakeAsync(page, "nouvelle");
        await page.GotoAsync("/coordination/alpes-d-azur/diagnostics/fiche");
        await page.AssertAccessibleAsync();
        await Screenshots.TakeAsync(page, "diagnostic-fiche");
    }

    private async Task<IPage> SignedInPhoneAsync(string email)
    {
        // At 390 px the sign-out button sits in the folded menu: the shared helper waits for the redirect instead.
        var page = await portal.SignedInPageAsync(email, 390);
        page.Dialog += (_, dialog) => throw new Xunit.Sdk.XunitException($"A dialog opened: {dialog.Message}");
        return page;
    }
}
