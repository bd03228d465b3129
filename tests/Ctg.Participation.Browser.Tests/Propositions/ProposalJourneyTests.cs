using Ctg.Participation.Accounts;
using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Proposals;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Propositions;

public sealed class ProposalJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Resident = "habitant@ctg-demo.test";
    private const string Coordinator = "coordination.alpes-d-azur@ctg-demo.test";

    [Fact]
    public async Task Xss_payloads_in_title_body_and_display_name_show_as_inert_text()
    {
        // A display name stored before the current rule refused markup (or written by another path): still inert.
        var email = $"xss-{Guid.NewGuid():N}@ctg-demo.test";
        await CreateAccountAsync(email, "<img src=x onerror=alert('nom')>Zoé");
        var page = await SignedInPageAsync(email);
        var suffix = Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/propositions/nouvelle");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("CTG concernée").SelectOptionAsync("alpes-d-azur");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Titre").FillAsync($"<script>alert('titre')</script>Un potager partagé {suffix} <img src=x onerror=alert(1)>");
        await page.GetByLabel("Description").FillAsync("<p onmouseover=\"alert(2)\">Un potager pour les familles.</p><a href=\"javascript:alert(3)\">lien</a><script>alert(4)</script>");
        await page.GetByLabel("Puget-Théniers").CheckAsync();
        await page.GetByLabel("Parentalité").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser" }).ClickAsync();
        Assert.True(page.Url.Contains("/apercu"), page.Url + await page.Locator("main").InnerTextAsync());

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aperçu de votre proposition" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier la proposition" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Un potager partagé {suffix}");
        await Assertions.Expect(page.Locator(".fiche dd").First).ToContainTextAsync("<img src=x onerror=alert('nom')>Zoé");
        Assert.Equal(0, await page.Locator(".proposition-texte script, .proposition-texte [onmouseover], a[href^='javascript']").CountAsync());
        await page.Locator(".proposition-texte p").HoverAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/propositions?q={suffix}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Un potager partagé {suffix}" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Filtering_by_axis_keeps_only_that_axis_in_a_shareable_url()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await PublishDirectlyAsync($"Accueil parents {suffix}", "parentalite");
        await PublishDirectlyAsync($"Crèche en horaires décalés {suffix}", "petite-enfance");
        var page = await NewPageAsync();

        await page.GotoAsync($"/propositions?q={suffix}");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Axe").SelectOptionAsync(new SelectOptionValue { Label = "Petite enfance" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("axe=petite-enfance"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Crèche en horaires décalés {suffix}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Accueil parents {suffix}" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Supporting_twice_at_once_counts_one_support()
    {
        var id = await PublishDirectlyAsync($"Navette vers le marché {Guid.NewGuid():N}", "animation-de-la-vie-sociale");
        var first = await SignedInPageAsync("membre.reseau@ctg-demo.test");
        var second = await first.Context.NewPageAsync();
        FailOnDialog(second);
        await first.GotoAsync($"/propositions/{id}");
        await second.GotoAsync($"/propositions/{id}");
        await first.AssertAccessibleAsync();

        await Task.WhenAll(
            first.GetByRole(AriaRole.Button, new() { Name = "Soutenir cette proposition" }).ClickAsync(),
            second.GetByRole(AriaRole.Button, new() { Name = "Soutenir cette proposition" }).ClickAsync());
        // Both answers come back to the proposal, each showing the support as given (whichever was stored first).
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Retirer mon soutien" })).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Button, new() { Name = "Retirer mon soutien" })).ToBeVisibleAsync();

        await first.GotoAsync($"/propositions/{id}");
        await Assertions.Expect(first.Locator("#nombre-soutiens")).ToHaveTextAsync("1");
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Retirer mon soutien" })).ToBeVisibleAsync();
        await first.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Coordinator_answers_not_kept_and_the_author_sees_the_answer_and_a_notification()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var author = await SignedInPageAsync(Resident);
        await author.GotoAsync("/propositions/nouvelle?ctg=alpes-d-azur");
        await author.GetByLabel("Titre").FillAsync($"Piscine municipale {suffix}");
        await author.GetByLabel("Description").FillAsync("Une piscine couverte ouverte aux familles toute l'année.");
        await author.GetByLabel("Guillaumes").CheckAsync();
        await author.GetByLabel("Enfance-jeunesse").CheckAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Prévisualiser" }).ClickAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Publier la proposition" }).ClickAsync();
        await Assertions.Expect(author.Locator("h1")).ToHaveTextAsync($"Piscine municipale {suffix}");
        var url = new Uri(author.Url).AbsolutePath;

        var coordinator = await SignedInPageAsync(Coordinator);
        await coordinator.GotoAsync(url);
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Nouveau statut").SelectOptionAsync(new SelectOptionValue { Label = "À l'étude" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le statut" }).ClickAsync();
        await coordinator.GetByLabel("Nouveau statut").SelectOptionAsync(new SelectOptionValue { Label = "Non retenue" });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le statut" }).ClickAsync();
        // Without an answer: refused, the message beside the field.
        await Assertions.Expect(coordinator.Locator("#Answer_Text-erreur")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Nouveau statut").SelectOptionAsync(new SelectOptionValue { Label = "Non retenue" });
        await coordinator.GetByLabel("Réponse à l'auteur").FillAsync("Le centre aquatique intercommunal de Puget-Théniers ouvre en 2027.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le statut" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator(".statut")).ToContainTextAsync("Non retenue");

        await author.GotoAsync(url);
        await Assertions.Expect(author.Locator(".reponse-officielle")).ToContainTextAsync("Le centre aquatique intercommunal de Puget-Théniers ouvre en 2027.");
        await author.AssertAccessibleAsync();
        await author.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Notifications \\(\\d+ non lues?\\)$") }).ClickAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Link, new() { Name = $"La proposition « Piscine municipale {suffix} » est maintenant : Non retenue." })).ToBeVisibleAsync();
        await author.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Edit_comment_report_withdraw_and_moderation_pages_pass_axe_core()
    {
        var id = await PublishDirectlyAsync($"Jardin d'enfants {Guid.NewGuid():N}", "petite-enfance");
        var author = await SignedInPageAsync(Resident);
        await author.GotoAsync($"/propositions/{id}/modifier");
        await author.AssertAccessibleAsync();

        await author.GotoAsync($"/propositions/{id}");
        await author.GetByLabel("Votre commentaire").FillAsync("Il faudrait aussi un coin lecture.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Publier le commentaire" }).ClickAsync();
        await Assertions.Expect(author.Locator(".commentaire-texte")).ToContainTextAsync("coin lecture");
        await author.AssertAccessibleAsync();
        await author.GetByRole(AriaRole.Link, new() { Name = "Modifier mon commentaire" }).ClickAsync();
        await author.AssertAccessibleAsync();
        await author.GotoAsync($"/propositions/{id}");
        await author.Locator("main summary").Filter(new() { HasText = "Répondre à" }).First.ClickAsync();
        await author.GetByLabel("Votre réponse").FillAsync("Et des bancs pour les parents.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Envoyer la réponse" }).ClickAsync();
        await Assertions.Expect(author.Locator(".reponses .commentaire-texte")).ToContainTextAsync("bancs");

        await author.GetByRole(AriaRole.Link, new() { Name = "Signaler cette proposition" }).ClickAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Envoyer le signalement" }).ClickAsync();
        await Assertions.Expect(author.Locator("#Input_Reason-erreur")).ToBeVisibleAsync();
        await author.AssertAccessibleAsync();
        await author.GetByLabel("Hors sujet").CheckAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Envoyer le signalement" }).ClickAsync();

        await author.GotoAsync($"/propositions/{id}/retirer");
        await author.AssertAccessibleAsync();

        var coordinator = await SignedInPageAsync(Coordinator);
        await coordinator.GotoAsync("/coordination/alpes-d-azur/moderation");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Modération des propositions" })).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GotoAsync("/compte/notifications");
        await coordinator.AssertAccessibleAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await portal.NewPageAsync();
        // The test server speaks plain HTTP on loopback while the portal's cookies are Secure and __Host-: the
        // forwarded-proto header (trusted from loopback) tells it the request came over HTTPS, as behind a proxy,
        // and Chromium keeps Secure cookies for 127.0.0.1.
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });
        FailOnDialog(page);
        return page;
    }

    /// <summary>Any alert, confirm or prompt means a script ran: the test fails.</summary>
    private static void FailOnDialog(IPage page) =>
        page.Dialog += (_, dialog) => throw new Xunit.Sdk.XunitException($"A dialog opened: {dialog.Message}");

    private async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync("/compte/connexion");
        Assert.True(response?.Ok == true, $"{response?.Status} {page.Url} {await page.ContentAsync()}");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        return page;
    }

    private async Task CreateAccountAsync(string email, string displayName)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName,
            CreatedAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow,
        };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Resident);
    }

    private async Task<int> PublishDirectlyAsync(string title, string axisSlug)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var submission = scope.ServiceProvider.GetRequiredService<ProposalSubmission>();
        var userId = await db.Users.Where(u => u.Email == Resident).Select(u => u.Id).FirstAsync();
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).FirstAsync();
        var commune = await db.Municipalities.Where(m => m.InseeCode == "06099").Select(m => m.Id).FirstAsync();
        var axis = await db.Axes.Where(a => a.ConventionId == convention && a.Slug == axisSlug).Select(a => a.Id).FirstAsync();
        var outcome = await submission.CreateDraftAsync(userId,
            new ProposalSubmission.Draft(title, "<p>Une proposition pour tester le portail.</p>", convention, [commune], [axis], Guid.NewGuid()),
            assisted: false, image: null);
        Assert.True(await submission.PublishAsync(outcome.ProposalId!.Value, userId));
        return outcome.ProposalId.Value;
    }
}
