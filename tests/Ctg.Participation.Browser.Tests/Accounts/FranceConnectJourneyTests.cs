using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Data;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Testing.Oidc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Accounts;

/// <summary>The portal with FranceConnect pointed at a real OpenID provider (OpenIddict) on a loopback port.</summary>
public sealed class FranceConnectBrowserPortal : BrowserPortal
{
    public TestOpenIdProvider Provider { get; private set; } = default!;

    protected override async Task BeforeStartAsync() => Provider = await TestOpenIdProvider.StartAsync();

    protected override void Configure(Dictionary<string, string?> settings)
    {
        foreach (var (key, value) in Provider.SettingsFor("FranceConnect")) settings[key] = value;
    }

    protected override async Task AfterStopAsync() => await Provider.DisposeAsync();
}

public sealed class FranceConnectJourneyTests(FranceConnectBrowserPortal portal) : IClassFixture<FranceConnectBrowserPortal>
{
    [Fact]
    public async Task A_resident_signs_in_with_FranceConnect_chooses_a_display_name_answers_a_survey_for_verified_accounts_and_signs_out_at_FranceConnect_too()
    {
        var (surveyId, title) = await VerifiedOnlySurveyAsync();
        portal.Provider.NextIdentity = new TestIdentity("fc-" + Guid.NewGuid().ToString("N")[..10], "Marie-Louise", "Baptistin", "marie-louise.b@exemple.test");

        var page = await portal.NewPageAsync(width: 390);
        await page.GotoAsync($"/enquetes/{surveyId}");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Se connecter pour répondre" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Se connecter");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Qu'est-ce que FranceConnect ? (nouvelle fenêtre)" })).ToHaveAttributeAsync("href", "https://franceconnect.gouv.fr/");
        await page.AssertAccessibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The sign-in page scrolls sideways at 390 px.");

        // Off to the provider (a real HTTP round trip) and back: the portal asks for a display name, not the legal name.
        await page.GetByRole(AriaRole.Button, new() { Name = "S'identifier avec FranceConnect" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Choisir votre nom d'affichage", new() { Timeout = 30_000 });
        Assert.Equal("eidas1", portal.Provider.AcrValuesRequested.Last());
        await Assertions.Expect(page.GetByLabel("Nom d'affichage")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByText("FranceConnect a vérifié votre identité.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Nom d'affichage").FillAsync("Malou du Var");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();

        // Back on the survey, allowed to answer: one real person, one answer.
        await page.ArrivedAtAsync($"/enquetes/{surveyId}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Non").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Étape suivante" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Étape 2 sur 2")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mes réponses" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Merci pour vos réponses");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/compte");
        await Assertions.Expect(page.GetByText("Identité vérifiée par FranceConnect")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Signing out goes through FranceConnect's end-session endpoint, with the ID token as hint, and back home.
        var before = portal.Provider.EndSessions.Count;
        await page.GotoAsync("/compte/deconnexion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Me déconnecter" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vous êtes déconnecté.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal(before + 1, portal.Provider.EndSessions.Count);
        Assert.False(string.IsNullOrEmpty(portal.Provider.EndSessions.Last().IdTokenHint));
        Assert.EndsWith("/signout-callback-franceconnect", portal.Provider.EndSessions.Last().PostLogoutRedirectUri);
        await page.AssertAccessibleAsync();

        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var account = await db.Users.SingleAsync(u => u.Email == "marie-louise.b@exemple.test");
        Assert.Equal("Malou du Var", account.DisplayName);
        Assert.True(await db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId && r.UserId == account.Id && r.Status == SurveyResponseStatus.Completed));
    }

    private async Task<(int Id, string Title)> VerifiedOnlySurveyAsync()
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var builder = scope.ServiceProvider.GetRequiredService<SurveyBuilder>();
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
        var title = "Consultation vérifiée " + Guid.NewGuid().ToString("N")[..6];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await builder.CreateAsync(convention, new SurveyBuilder.Settings(title, "Une personne, une réponse.", null, today.AddDays(-1), today.AddDays(30), SurveyAudience.VerifiedAccountRequired));
        var id = created.Id!.Value;
        Assert.NotNull((await builder.SaveQuestionAsync(id, null, new SurveyBuilder.QuestionDraft(QuestionType.SingleChoice, "Utilisez-vous le relais petite enfance ?", null, true, 1, "Oui\nNon", null, false, null, null, null))).Id);
        Assert.NotNull((await builder.SaveQuestionAsync(id, null, new SurveyBuilder.QuestionDraft(QuestionType.LongText, "Un commentaire", null, false, 2, null, null, false, null, null, null))).Id);
        Assert.Null(await builder.PublishAsync(id));
        return (id, title);
    }
}
