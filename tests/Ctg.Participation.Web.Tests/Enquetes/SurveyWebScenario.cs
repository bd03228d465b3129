using System.Text.RegularExpressions;
using Ctg.Participation.Surveys;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Enquetes;

/// <summary>Shared steps: a coordinator builds and publishes a survey through the builder's forms.</summary>
public static partial class SurveyWebScenario
{
    public sealed record Built(int Id, int Mode, int Yes, int No, int Detail, int Score, int Text);

    public static async Task<int> CreateAsync(PortalClient coordinator, string title, string audience = nameof(SurveyAudience.AccountRequired))
    {
        var today = DateTime.UtcNow.Date;
        var created = await coordinator.SubmitAsync("/coordination/enquetes/nouvelle?ctg=alpes-d-azur", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Introduction"] = "Pour préparer le plan d'action.", ["Input.AxisId"] = "",
            ["Input.OpensOn"] = today.AddDays(-1).ToString("yyyy-MM-dd"), ["Input.ClosesOn"] = today.AddDays(30).ToString("yyyy-MM-dd"),
            ["Input.Audience"] = audience,
        });
        Assert.True(created.IsRedirect, $"Creation failed: {created.Status} {created.ErrorText}");
        return int.Parse(IdPattern().Match(created.Location!).Groups[1].Value);
    }

    public static async Task<int> AddQuestionAsync(PortalFactory factory, PortalClient coordinator, int surveyId, string type, string label, int section,
        string? choices = null, string? condition = null, bool required = true)
    {
        var added = await coordinator.SubmitAsync($"/coordination/enquetes/{surveyId}/questions", new Dictionary<string, string>
        {
            ["Input.Type"] = type, ["Input.Label"] = label, ["Input.Section"] = section.ToString(), ["Input.Required"] = required ? "true" : "false",
            ["Input.Choices"] = choices ?? "", ["Input.Condition"] = condition ?? "",
        });
        Assert.True(added.IsRedirect, $"Adding a question failed: {added.Status} {added.ErrorText}");
        return await QueryAsync(factory, db => db.SurveyQuestions.Where(q => q.SurveyId == surveyId && q.Label == label).Select(q => q.Id).SingleAsync());
    }

    /// <summary>Step 1: a yes/no choice; step 2: a detail shown only on "yes", a scale, an optional long text.</summary>
    public static async Task<Built> PublishedAsync(PortalFactory factory, PortalClient coordinator, string? title = null, string audience = nameof(SurveyAudience.AccountRequired))
    {
        var id = await CreateAsync(coordinator, title ?? "Enquête " + Guid.NewGuid().ToString("N")[..6], audience);
        var mode = await AddQuestionAsync(factory, coordinator, id, "SingleChoice", "Faites-vous garder vos enfants ?", 1, "Oui\nNon");
        var choices = await QueryAsync(factory, db => db.SurveyQuestionChoices.Where(c => c.QuestionId == mode).OrderBy(c => c.Position).Select(c => c.Id).ToListAsync());
        var detail = await AddQuestionAsync(factory, coordinator, id, "ShortText", "Par qui ?", 2, condition: $"{mode}:{choices[0]}");
        var score = await AddQuestionAsync(factory, coordinator, id, "Scale5", "Votre satisfaction", 2);
        var text = await AddQuestionAsync(factory, coordinator, id, "LongText", "Un commentaire", 2, required: false);
        var published = await coordinator.SubmitAsync($"/coordination/enquetes/{id}", new Dictionary<string, string>(), handler: "Publier");
        Assert.True(published.IsRedirect, $"Publishing failed: {published.Status} {published.ErrorText}");
        return new Built(id, mode, choices[0], choices[1], detail, score, text);
    }

    /// <summary>Answers both steps through the pages; returns the last response.</summary>
    public static async Task<PortalClient.Page> AnswerAsync(PortalClient resident, Built s, bool yes, int score, string? detail = null, string? text = null)
    {
        var page = await resident.GetAsync($"/enquetes/{s.Id}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        var token = TokenPattern().Match(page.Html).Groups[1].Value;
        var first = await resident.PostAsync($"/enquetes/{s.Id}?etape=1", new Dictionary<string, string> { ["jeton"] = token, [$"q{s.Mode}"] = (yes ? s.Yes : s.No).ToString() }, page.AntiforgeryToken);
        Assert.True(first.IsRedirect, $"Step 1 failed: {first.Status} {first.ErrorText}");
        var second = await resident.GetAsync(first.Location!);
        Assert.Contains("Étape 2 sur 2", second.Html);
        var fields = new Dictionary<string, string> { ["jeton"] = token, [$"q{s.Score}"] = score.ToString() };
        if (detail is not null) fields[$"q{s.Detail}"] = detail;
        if (text is not null) fields[$"q{s.Text}"] = text;
        return await resident.PostAsync($"/enquetes/{s.Id}?etape=2", fields, second.AntiforgeryToken);
    }

    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("/coordination/enquetes/(\\d+)")]
    private static partial Regex IdPattern();

    [GeneratedRegex("name=\"jeton\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenPattern();
}
