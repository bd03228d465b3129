using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Indicateurs;

public sealed class IndicatorDashboardTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task The_dashboard_filters_by_keyboard_draws_its_charts_and_passes_axe_core()
    {
        var page = await portal.NewPageAsync();
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        // Console errors such as CSP refusals; a failed resource is reported with its URL by the Response handler instead.
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) scriptErrors.Add(message.Text); };
        page.Response += (_, response) => { if (response.Status >= 400) scriptErrors.Add($"{response.Status} {response.Url}"); };

        await page.GotoAsync("/indicateurs");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Indicateurs de participation", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("CTG", new() { Exact = true }).SelectOptionAsync("alpes-d-azur");
        await page.GetByLabel("Du", new() { Exact = true }).FillAsync("2026-01-01");
        await page.GetByLabel("Au", new() { Exact = true }).FillAsync("2026-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les indicateurs" }).PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("CTG de la Communauté de communes Alpes d'Azur");
        await Assertions.Expect(page.Locator("table caption").First).ToContainTextAsync("du 1 janvier 2026 au 30 juin 2026");
        // Chart.js drew into every canvas (it sets the canvas size), and no script failed under the CSP.
        await Assertions.Expect(page.Locator("canvas[data-graphique]").First).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex("height"));
        Assert.Empty(scriptErrors);
        await page.AssertAccessibleAsync();

        // Now that a CTG is chosen, its axes are offered; a period that ends before it starts is refused beside the field.
        await page.GetByLabel("Axe", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Parentalité" });
        await page.GetByLabel("Au", new() { Exact = true }).FillAsync("2025-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les indicateurs" }).ClickAsync();
        await Assertions.Expect(page.Locator("#au-erreur")).ToContainTextAsync("La date de fin doit être postérieure ou égale à la date de début.");
        await Assertions.Expect(page.Locator("table")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/donnees-ouvertes");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_ctg_and_department_back_office_views_pass_axe_core()
    {
        var page = await portal.NewPageAsync();
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync("conseiller.caf@ctg-demo.test");
        await page.GetByLabel("Mot de passe").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();

        await page.GotoAsync("/coordination/alpes-d-azur/indicateurs");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Indicateurs de la CTG", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tableau de toutes les CTG du département" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Indicateurs du département", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Ensemble du département" })).ToBeVisibleAsync();
        // Every CTG of the department has its row beside the department's.
        await Assertions.Expect(page.Locator("tbody tr[data-ctg]")).ToHaveCountAsync(await page.Locator("#choix-ctg option").CountAsync());
        await page.AssertAccessibleAsync();
        await Screenshots.TakeAsync(page, "indicateurs-departement");
    }
}
