using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Bilan;

/// <summary>On a phone (390 px): the bilan goes to the Caf, comes back to complete, goes again and is acknowledged.</summary>
public sealed class ReportTransmissionJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const int Year = 2026;
    private const string Report = "/coordination/alpes-d-azur/bilan/2026";

    [Fact]
    public async Task The_coordinator_transmits_the_advisor_returns_the_coordinator_answers_and_the_advisor_acknowledges()
    {
        var coordinator = await SignedInPageAsync("coordination.alpes-d-azur@ctg-demo.test");
        await coordinator.GotoAsync(Report);
        await Assertions.Expect(coordinator.Locator("h1")).ToHaveTextAsync($"Bilan annuel {Year}");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "1.1 — Conseil auprès des élus et des comités de pilotage" })).ToBeVisibleAsync();
        await AssertFitsAsync(coordinator);
        await coordinator.GetByLabel("Analyse de l'objectif 1").FillAsync("Deux Copil préparés avec la PMI.");
        await coordinator.Locator("#objectif-1").Locator("xpath=..").GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("Le brouillon du bilan est enregistré.")).ToBeVisibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Transmettre à la Caf" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("Le bilan est transmis à la Caf.")).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.Locator(".bilan-etat")).ToContainTextAsync("transmis");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le brouillon" })).ToHaveCountAsync(0);
        await coordinator.AssertAccessibleAsync();

        var advisor = await SignedInPageAsync("conseiller.caf@ctg-demo.test");
        await advisor.GotoAsync("/coordination/bilans?annee=2026");
        await AssertStatusAsync(advisor, "transmis");
        await advisor.AssertAccessibleAsync();
        await AssertFitsAsync(advisor);
        await advisor.GetByRole(AriaRole.Link, new() { Name = "CTG de la Communauté de communes Alpes d'Azur" }).ClickAsync();
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Renvoyer à compléter" }).ClickAsync();
        await Assertions.Expect(advisor.Locator("#commentaire-erreur")).ToContainTextAsync("Dites ce qu'il faut compléter");
        await advisor.AssertAccessibleAsync();
        await advisor.GetByLabel("Commentaire de la Caf").FillAsync("Précisez la nature des expertises mobilisées.");
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Renvoyer à compléter" }).ClickAsync();
        await Assertions.Expect(advisor.GetByText("Le bilan est renvoyé à compléter.")).ToBeVisibleAsync();
        await advisor.AssertAccessibleAsync();

        await coordinator.GotoAsync(Report);
        await Assertions.Expect(coordinator.GetByText("Précisez la nature des expertises mobilisées.").First).ToBeVisibleAsync();
        await coordinator.GetByLabel("Votre réponse aux remarques de la Caf").FillAsync("Expertises précisées : PMI et juriste.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Transmettre à nouveau à la Caf" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("Le bilan est transmis à la Caf.")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();

        await advisor.GotoAsync(Report);
        await advisor.GetByRole(AriaRole.Button, new() { Name = "Accuser réception" }).ClickAsync();
        await Assertions.Expect(advisor.GetByText("Réception du bilan accusée.")).ToBeVisibleAsync();
        await Assertions.Expect(advisor.Locator(".bilan-historique li")).ToHaveCountAsync(4);
        await advisor.AssertAccessibleAsync();
        await AssertFitsAsync(advisor);

        await advisor.GotoAsync("/coordination/bilans?annee=2026");
        await AssertStatusAsync(advisor, "accusé de réception");
        await advisor.AssertAccessibleAsync();
    }

    private static Task AssertStatusAsync(IPage page, string status) =>
        Assertions.Expect(page.Locator("tr[data-ctg='alpes-d-azur'][data-annee='2026'] .statut-bilan")).ToHaveTextAsync(status);

    /// <summary>Nothing wider than the phone's screen: no horizontal scrolling.</summary>
    private static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"{page.Url}: {scroll} px wide on a {client} px screen");
    }

    private async Task<IPage> SignedInPageAsync(string email)
    {
        // At 390 px the sign-out button sits in the folded menu: the shared helper waits for the redirect instead.
        var page = await portal.SignedInPageAsync(email, 390);
        page.Dialog += (_, dialog) => throw new Xunit.Sdk.XunitException($"A dialog opened: {dialog.Message}");
        return page;
    }
}
