using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Demo;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Initiatives;

public sealed class InitiativeRoutingJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_declared_initiative_is_validated_routed_to_parentalite_answered_and_the_resident_reads_the_answer()
    {
        var name = $"Café des parents {Guid.NewGuid().ToString("N")[..6]}";
        const string answer = "Le groupe met à disposition la salle de la maison des familles le samedi.";

        // The resident declares the initiative.
        var resident = await SignedInPageAsync("habitant@ctg-demo.test");
        await resident.GotoAsync("/initiatives/nouvelle");
        await resident.AssertAccessibleAsync();
        await resident.GetByLabel("CTG concernée").SelectOptionAsync("alpes-d-azur");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await resident.AssertAccessibleAsync();
        await resident.GetByLabel("Nom de l'initiative").FillAsync(name);
        await resident.GetByLabel("Description").FillAsync("<p>Un café pour que les parents se rencontrent chaque samedi matin.</p>");
        await resident.GetByLabel("Qui porte l'initiative ?").SelectOptionAsync(new SelectOptionValue { Label = "Une association" });
        await resident.GetByLabel("Nom public du porteur").FillAsync("Association Parents Ensemble");
        await resident.GetByLabel("Puget-Théniers").CheckAsync();
        await resident.GetByLabel("Axe de la CTG").SelectOptionAsync(new SelectOptionValue { Label = "Parentalité" });
        await resident.GetByLabel("Une salle").CheckAsync();
        await resident.GetByLabel("Comment vous joindre").FillAsync("parents.ensemble@example.org");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Déclarer l'initiative" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(resident.GetByText("En attente de validation")).ToBeVisibleAsync();
        await resident.AssertAccessibleAsync();
        var initiativeUrl = new Uri(resident.Url).AbsolutePath;

        // The coordinator validates it, then routes it from the desk.
        var coordinator = await SignedInPageAsync("coordination.alpes-d-azur@ctg-demo.test");
        await coordinator.GotoAsync("/coordination/alpes-d-azur/orientation");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Valider et publier" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("L'initiative est publiée.")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();

        await coordinator.GotoAsync("/coordination/alpes-d-azur/orientation?type=initiative");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel($"Initiative « {name} »").CheckAsync();
        await coordinator.GetByLabel("Groupe de travail Parentalité", new() { Exact = true }).CheckAsync();
        await coordinator.GetByLabel("Message au groupe (facultatif)").FillAsync("Besoin d'une salle le samedi matin.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Orienter les éléments cochés" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("L'élément est orienté.")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();

        // A member of the group sees it on the group's page and answers.
        var member = await SignedInPageAsync("membre.reseau@ctg-demo.test");
        await member.GotoAsync("/groupes/alpes-d-azur/groupe-de-travail-parentalite");
        await member.AssertAccessibleAsync();
        var item = member.Locator("li.carte", new() { HasText = name });
        await Assertions.Expect(item).ToContainTextAsync("Besoin d'une salle le samedi matin.");
        await item.GetByLabel("Réponse ou motif").FillAsync(answer);
        await item.GetByRole(AriaRole.Button, new() { Name = "Répondre" }).ClickAsync();
        await Assertions.Expect(member.GetByText("La réponse du groupe est publiée pour le contributeur.")).ToBeVisibleAsync();
        await member.AssertAccessibleAsync();

        // The resident reads the status and the answer on the initiative's page.
        await resident.GotoAsync(initiativeUrl);
        await Assertions.Expect(resident.GetByText("Réponse du groupe de travail Parentalité")).ToBeVisibleAsync();
        await Assertions.Expect(resident.GetByText(answer)).ToBeVisibleAsync();
        await resident.AssertAccessibleAsync();

        // The coordinator can still raise an alert to the Copil on the routed item from the desk.
        await coordinator.GotoAsync("/coordination/alpes-d-azur/orientation?type=initiative&statut=tous");
        await coordinator.AssertAccessibleAsync();
        await coordinator.Locator("li.carte", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "alerter le Copil" }).ClickAsync();
        await coordinator.GetByLabel("Objet de l'alerte").FillAsync($"Suivi de {name}");
        await coordinator.GetByLabel("Ce qui bloque ou ce qui est en retard").FillAsync("La salle promise n'est pas encore réservée.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Alerter le Copil" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = $"Suivi de {name} — ouverte" })).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
    }

    private async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await portal.NewPageAsync();
        // Plain HTTP on loopback behind a trusted forwarded-proto header, as in the other journeys: Secure cookies stick.
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
