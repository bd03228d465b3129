using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Enquetes;

public sealed class SurveyJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Mode = "Faites-vous garder vos enfants ?";

    [Fact]
    public async Task A_coordinator_builds_and_publishes_a_survey_two_residents_answer_it_and_the_results_count_their_answers()
    {
        var title = $"Besoins des familles {Guid.NewGuid().ToString("N")[..6]}";

        // The coordinator creates the survey and adds its first question in the builder.
        var coordinator = await SignedInPageAsync("coordination.alpes-d-azur@ctg-demo.test");
        await coordinator.GotoAsync("/coordination/enquetes");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Créer une enquête pour la CTG").SelectOptionAsync("alpes-d-azur");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Créer une enquête" }).ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Titre de l'enquête").FillAsync(title);
        await coordinator.GetByLabel("Introduction").FillAsync("Pour préparer le plan d'action petite enfance.");
        await coordinator.GetByLabel("Ouverte à partir du").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"));
        await coordinator.GetByLabel("Ouverte jusqu'au (inclus)").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Créer l'enquête" }).ClickAsync();
        await coordinator.LeftAsync("nouvelle");
        await Assertions.Expect(coordinator.Locator("h1")).ToHaveTextAsync(title);
        await coordinator.AssertAccessibleAsync();
        var surveyId = int.Parse(new Uri(coordinator.Url).AbsolutePath.Split('/')[^1]);

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Ajouter une question" }).ClickAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Type de question").SelectOptionAsync(new SelectOptionValue { Label = "Choix unique" });
        await coordinator.GetByLabel("Intitulé de la question").FillAsync(Mode);
        await coordinator.GetByLabel("Réponse obligatoire").CheckAsync();
        await coordinator.GetByLabel("Choix, un par ligne").FillAsync("Oui\nNon");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ajouter la question" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("La question est ajoutée.")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();

        // Every other question type, added through the builder service (the same rules as the form).
        await AddOtherQuestionsAsync(surveyId);
        await coordinator.ReloadAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Monter « Votre commune »" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("La question est déplacée.")).ToBeVisibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Aperçu" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Étape 2 sur 2" })).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GoBackAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publier l'enquête" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByText("L'enquête est publiée")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();

        // Resident 1 says yes: the conditional question is shown in step 2.
        var first = await SignedInPageAsync("habitant@ctg-demo.test");
        await first.GotoAsync("/enquetes?ctg=alpes-d-azur");
        await first.AssertAccessibleAsync();
        await first.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await AnswerStepOneAsync(first, "Oui", "Puget-Théniers");
        await Assertions.Expect(first.GetByText("Étape 2 sur 2")).ToBeVisibleAsync();
        await first.AssertAccessibleAsync();
        await first.GetByLabel("Par qui ?").FillAsync("Une assistante maternelle");
        await AnswerStepTwoAsync(first, needs: ["Plus de places", "Des horaires élargis"], scale5: "4", scale10: "8", children: "2", ranking: ("1", "2"), matrix: "Oui");
        await Assertions.Expect(first.Locator("h1")).ToHaveTextAsync("Merci pour vos réponses");
        await first.AssertAccessibleAsync();

        // Resident 2 says no: the conditional question is skipped and not required. A first attempt shows an error beside the field.
        var second = await SignedInPageAsync("membre.reseau@ctg-demo.test");
        await second.GotoAsync($"/enquetes/{surveyId}");
        await AnswerStepOneAsync(second, "Non", "Puget-Théniers");
        await Assertions.Expect(second.GetByLabel("Par qui ?")).ToHaveCountAsync(0);
        await second.GetByLabel("Combien d'enfants avez-vous ?").FillAsync("40");
        await second.GetByRole(AriaRole.Button, new() { Name = "Envoyer mes réponses" }).ClickAsync();
        await Assertions.Expect(second.Locator("#q" + await QuestionIdAsync(surveyId, "Combien d'enfants avez-vous ?") + "-erreur")).ToContainTextAsync("Saisissez un nombre entre 0 et 12.");
        await second.AssertAccessibleAsync();
        await AnswerStepTwoAsync(second, needs: ["Plus de places"], scale5: "2", scale10: "3", children: "1", ranking: ("2", "1"), matrix: "Non");
        await Assertions.Expect(second.Locator("h1")).ToHaveTextAsync("Merci pour vos réponses");

        // The results count the two known responses.
        await coordinator.GotoAsync($"/coordination/enquetes/{surveyId}/resultats");
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status).First).ToContainTextAsync("2 réponses complètes");
        var mode = coordinator.Locator("section.resultat", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = Mode }) });
        await Assertions.Expect(mode.Locator("tr", new() { HasText = "Oui" })).ToContainTextAsync("150 %");
        await Assertions.Expect(mode.Locator("tr", new() { HasText = "Non" })).ToContainTextAsync("150 %");
        var needs = coordinator.Locator("section.resultat", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = "Qu'est-ce qui vous aiderait ?" }) });
        await Assertions.Expect(needs.Locator("tr", new() { HasText = "Plus de places" })).ToContainTextAsync("2100 %");
        await Assertions.Expect(needs.Locator("tr", new() { HasText = "Des horaires élargis" })).ToContainTextAsync("150 %");
        var detail = coordinator.Locator("section.resultat", new() { Has = coordinator.GetByRole(AriaRole.Heading, new() { Name = "Par qui ?" }) });
        await Assertions.Expect(detail).ToContainTextAsync("1 répondant");
        await Assertions.Expect(coordinator.GetByText("Une assistante maternelle")).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.Locator("canvas[data-graphique]").First).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
    }

    private static async Task AnswerStepOneAsync(IPage page, string mode, string commune)
    {
        await Assertions.Expect(page.GetByText("Étape 1 sur 2")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = Mode }).GetByLabel(mode, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Votre commune").SelectOptionAsync(new SelectOptionValue { Label = commune });
        await page.GetByRole(AriaRole.Button, new() { Name = "Étape suivante" }).ClickAsync();
    }

    private static async Task AnswerStepTwoAsync(IPage page, string[] needs, string scale5, string scale10, string children, (string A, string B) ranking, string matrix)
    {
        foreach (var need in needs) await page.GetByRole(AriaRole.Group, new() { Name = "Qu'est-ce qui vous aiderait ?" }).GetByLabel(need).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Votre satisfaction" }).GetByLabel(scale5, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Recommanderiez-vous le relais ?" }).GetByLabel(scale10, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Combien d'enfants avez-vous ?").FillAsync(children);
        await page.GetByLabel("Depuis quand habitez-vous ici ?").FillAsync("2020-09-01");
        await page.GetByLabel("Un commentaire").FillAsync("Merci pour cette enquête.");
        var rank = page.GetByRole(AriaRole.Group, new() { Name = "Classez vos priorités" });
        await rank.GetByLabel("La crèche").SelectOptionAsync(ranking.A);
        await rank.GetByLabel("Le relais").SelectOptionAsync(ranking.B);
        var grid = page.GetByRole(AriaRole.Group, new() { Name = "Connaissez-vous ces lieux ?" });
        await grid.GetByRole(AriaRole.Group, new() { Name = "Maison des familles" }).GetByLabel(matrix, new() { Exact = true }).CheckAsync();
        await grid.GetByRole(AriaRole.Group, new() { Name = "Ludothèque" }).GetByLabel(matrix, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer mes réponses" }).ClickAsync();
    }

    private async Task AddOtherQuestionsAsync(int surveyId)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var builder = scope.ServiceProvider.GetRequiredService<SurveyBuilder>();
        var mode = await db.SurveyQuestions.Where(q => q.SurveyId == surveyId && q.Label == Mode).Include(q => q.Choices).SingleAsync();
        var yes = mode.Choices.Single(c => c.Label == "Oui").Id;
        async Task Add(QuestionType type, string label, int section, string? choices = null, bool required = true, string? rows = null,
            bool other = false, decimal? min = null, decimal? max = null, string? condition = null)
        {
            var outcome = await builder.SaveQuestionAsync(surveyId, null, new SurveyBuilder.QuestionDraft(type, label, null, required, section, choices, rows, other, min, max, condition));
            Assert.True(outcome.Id is not null, string.Join(" ", outcome.Errors.Values));
        }
        await Add(QuestionType.Commune, "Votre commune", 1);
        await Add(QuestionType.ShortText, "Par qui ?", 2, condition: $"{mode.Id}:{yes}");
        await Add(QuestionType.MultipleChoice, "Qu'est-ce qui vous aiderait ?", 2, "Plus de places\nDes horaires élargis\nUn relais plus proche", other: true, min: 1, max: 2);
        await Add(QuestionType.Scale5, "Votre satisfaction", 2);
        await Add(QuestionType.Scale10, "Recommanderiez-vous le relais ?", 2);
        await Add(QuestionType.Number, "Combien d'enfants avez-vous ?", 2, min: 0, max: 12);
        await Add(QuestionType.Date, "Depuis quand habitez-vous ici ?", 2, required: false);
        await Add(QuestionType.LongText, "Un commentaire", 2, required: false);
        await Add(QuestionType.Ranking, "Classez vos priorités", 2, "La crèche\nLe relais");
        await Add(QuestionType.Matrix, "Connaissez-vous ces lieux ?", 2, "Oui\nNon", rows: "Maison des familles\nLudothèque");
    }

    private async Task<int> QuestionIdAsync(int surveyId, string label)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SurveyQuestions.Where(q => q.SurveyId == surveyId && q.Label == label).Select(q => q.Id).SingleAsync();
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
