using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Plan;

public sealed class PlanAndDirectoryJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task The_public_plan_the_filtered_directory_and_the_back_office_plan_pass_axe_core()
    {
        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/ctg/alpes-d-azur");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Le plan d'actions" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Action n° 3 : Lieu d'accueil enfants-parents à Puget-Théniers")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Comité de pilotage : le plan d'actions à mi-parcours" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Comité de pilotage : le plan d'actions à mi-parcours");
        await visitor.AssertAccessibleAsync();

        await visitor.GotoAsync("/annuaire");
        await visitor.GetByLabel("Commune").SelectOptionAsync(new SelectOptionValue { Label = "Guillaumes" });
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Multi-accueil Guillaumes" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Crèche Les P'tits Montagnards" })).ToHaveCountAsync(0);
        await visitor.AssertAccessibleAsync();

        var coordinator = await SignedInPageAsync("coordination.alpes-d-azur@ctg-demo.test");
        await coordinator.GotoAsync("/coordination/alpes-d-azur");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Actions en retard ou bloquées" })).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GotoAsync("/coordination/alpes-d-azur/plan");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Créer un accueil de loisirs intercommunal l'été" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("en retard").First).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Note (obligatoire)", new() { Exact = true }).FillAsync("Réunion avec les maires le mois prochain.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ajouter la note" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("La note est ajoutée.")).ToBeVisibleAsync();
        await coordinator.GotoAsync("/coordination/alpes-d-azur/plan/fiche");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la fiche" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("Saisissez l'intitulé de l'action").First).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
    }

    private async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await portal.NewPageAsync();
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        return page;
    }
}
