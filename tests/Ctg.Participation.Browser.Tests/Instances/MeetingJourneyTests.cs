using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Instances;

public sealed class MeetingJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_coordinator_plans_a_copil_records_attendance_and_opens_the_annual_report()
    {
        var title = $"Copil de bilan {Guid.NewGuid().ToString("N")[..6]}";
        var page = await SignedInPageAsync("coordination.alpes-d-azur@ctg-demo.test");

        await page.GotoAsync("/coordination/instances");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "CTG de la Communauté de communes Alpes d'Azur" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Réunions des instances et groupes de travail");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Planifier une réunion" }).ClickAsync();
        await page.AssertAccessibleAsync();
        // First an end before the start: the form says so beside the field.
        var start = DateTime.Now.AddDays(-2).Date.AddHours(14);
        await page.GetByLabel("Type de réunion").SelectOptionAsync(new SelectOptionValue { Label = "Comité de pilotage (Copil)" });
        await page.GetByLabel("Intitulé").FillAsync(title);
        await page.GetByLabel("Début").FillAsync(start.ToString("yyyy-MM-dd'T'HH:mm"));
        await page.Locator("#Input_Ends").FillAsync(start.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm"));
        await page.GetByLabel("Lieu").FillAsync("Salle du conseil, Puget-Théniers");
        await page.GetByLabel("Instance qui se réunit").SelectOptionAsync(new SelectOptionValue { Label = "Comité de pilotage de la CTG" });
        await page.GetByLabel("Caf des Alpes-Maritimes").CheckAsync();
        await page.GetByLabel("Personnes invitées").FillAsync("Marie Durand");
        await page.GetByLabel("Ordre du jour").FillAsync("Bilan de l'année\nPerspectives");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier la réunion" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Ends-erreur")).ToContainTextAsync("La fin de la réunion doit être postérieure à son début.");
        await page.AssertAccessibleAsync();

        await page.Locator("#Input_Ends").FillAsync(start.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Planifier la réunion" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByText("La réunion est planifiée.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.Locator("fieldset", new() { HasText = "Caf des Alpes-Maritimes" }).GetByLabel("présent", new() { Exact = true }).CheckAsync();
        await page.Locator("fieldset", new() { HasText = "Marie Durand" }).GetByLabel("excusé", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les présences" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Les présences sont enregistrées.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("fieldset", new() { HasText = "Caf des Alpes-Maritimes" }).GetByLabel("présent", new() { Exact = true })).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Décision (obligatoire)" }).FillAsync("Lancer l'évaluation à mi-parcours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter la décision" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lancer l'évaluation à mi-parcours — à engager" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier la réunion (date, lieu, invités, ordre du jour)" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Lieu").FillAsync("Visioconférence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await Assertions.Expect(page.GetByText("La réunion est modifiée.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("p.meta").First).ToContainTextAsync("Visioconférence");
        await Assertions.Expect(page.Locator("fieldset", new() { HasText = "Caf des Alpes-Maritimes" }).GetByLabel("présent", new() { Exact = true })).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/coordination/alpes-d-azur/bilan/{start.Year}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Bilan annuel {start.Year}");
        await Assertions.Expect(page.GetByText(title).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    private async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await portal.NewPageAsync();
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
