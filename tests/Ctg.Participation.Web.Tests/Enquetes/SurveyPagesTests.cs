using System.Net;
using System.Text;
using Ctg.Participation.Surveys;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Enquetes.SurveyWebScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Enquetes;

public sealed class SurveyPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static bool Refused(PortalClient.Page page) =>
        page.Status == HttpStatusCode.Forbidden || (page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"));

    [Fact]
    public async Task A_resident_cannot_open_the_builder_and_another_ctgs_coordinator_gets_403()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var resident = await SignedInAsync(factory, Resident);
        using var other = await SignedInAsync(factory, OtherCoordinator);
        var s = await PublishedAsync(factory, coordinator);

        Assert.True(Refused(await resident.GetAsync("/coordination/enquetes")));
        Assert.True(Refused(await resident.GetAsync($"/coordination/enquetes/{s.Id}")));
        Assert.True(Refused(await resident.GetAsync($"/coordination/enquetes/{s.Id}/export")));
        foreach (var url in new[] { $"/coordination/enquetes/{s.Id}", $"/coordination/enquetes/{s.Id}/resultats", $"/coordination/enquetes/{s.Id}/export",
                     $"/coordination/enquetes/{s.Id}/questions", $"/coordination/enquetes/nouvelle?ctg=alpes-d-azur" })
        {
            Assert.True(Refused(await other.GetAsync(url)), url);
        }
        Assert.DoesNotContain($"/coordination/enquetes/{s.Id}\"", (await other.GetAsync("/coordination/enquetes")).Html);
        Assert.Contains($"/coordination/enquetes/{s.Id}\"", (await coordinator.GetAsync("/coordination/enquetes")).Html);
    }

    [Fact]
    public async Task A_caf_advisor_reads_results_but_cannot_change_the_survey()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        var s = await PublishedAsync(factory, coordinator);
        Assert.Equal(HttpStatusCode.OK, (await advisor.GetAsync($"/coordination/enquetes/{s.Id}/resultats")).Status);
        var page = await advisor.GetAsync($"/coordination/enquetes/{s.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var close = await advisor.PostAsync($"/coordination/enquetes/{s.Id}?handler=Clore", new Dictionary<string, string>(), page.AntiforgeryToken);
        Assert.True(Refused(close));
        Assert.Equal(SurveyStatus.Published, await QueryAsync(factory, db => db.Surveys.Where(x => x.Id == s.Id).Select(x => x.Status).SingleAsync()));
    }

    [Fact]
    public async Task Answering_skips_the_hidden_question_and_the_thank_you_page_follows()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var resident = await SignedInAsync(factory, Resident);
        var s = await PublishedAsync(factory, coordinator);

        var missing = await AnswerAsync(resident, s, yes: true, score: 4);
        Assert.Equal(HttpStatusCode.OK, missing.Status);
        Assert.Equal("Erreur : Répondez à cette question.", missing.FieldError($"q{s.Detail}"));

        var done = await AnswerAsync(resident, s, yes: false, score: 4);
        Assert.Equal($"/enquetes/{s.Id}/merci", done.Location);
        Assert.Contains("Merci pour vos réponses", (await resident.FollowAsync(done)).Html);
        Assert.Equal(0, await QueryAsync(factory, db => db.SurveyAnswers.CountAsync(a => a.QuestionId == s.Detail)));
        Assert.Equal(1, await QueryAsync(factory, db => db.SurveyAnswers.CountAsync(a => a.QuestionId == s.Score)));
    }

    [Fact]
    public async Task A_closed_survey_refuses_answers_and_stores_nothing()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var resident = await SignedInAsync(factory, Resident);
        var s = await PublishedAsync(factory, coordinator);
        var form = await resident.GetAsync($"/enquetes/{s.Id}");
        var closed = await coordinator.SubmitAsync($"/coordination/enquetes/{s.Id}", new Dictionary<string, string>(), handler: "Clore");
        Assert.True(closed.IsRedirect, closed.ErrorText);

        var refused = await resident.PostAsync($"/enquetes/{s.Id}?etape=1", new Dictionary<string, string> { ["jeton"] = Token(form.Html), [$"q{s.Mode}"] = s.No.ToString() }, form.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("Cette enquête est close", WebUtility.HtmlDecode(refused.Html));
        Assert.Equal(0, await QueryAsync(factory, db => db.SurveyResponses.CountAsync(r => r.SurveyId == s.Id)));
    }

    [Fact]
    public async Task A_tampered_choice_or_a_hidden_step_field_is_a_bad_request_and_stores_nothing()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var resident = await SignedInAsync(factory, Resident);
        var s = await PublishedAsync(factory, coordinator);
        var form = await resident.GetAsync($"/enquetes/{s.Id}");
        var tampered = await resident.PostAsync($"/enquetes/{s.Id}?etape=1", new Dictionary<string, string> { ["jeton"] = Token(form.Html), [$"q{s.Mode}"] = "999999" }, form.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.Status);
        var otherStep = await resident.PostAsync($"/enquetes/{s.Id}?etape=1", new Dictionary<string, string>
            { ["jeton"] = Token(form.Html), [$"q{s.Mode}"] = s.No.ToString(), [$"q{s.Score}"] = "5" }, form.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.BadRequest, otherStep.Status);
        Assert.Equal(0, await QueryAsync(factory, db => db.SurveyResponses.CountAsync(r => r.SurveyId == s.Id)));
    }

    [Fact]
    public async Task A_double_submission_stores_one_response()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var resident = await SignedInAsync(factory, NetworkMember);
        var s = await PublishedAsync(factory, coordinator);
        var page = await resident.GetAsync($"/enquetes/{s.Id}");
        var token = Token(page.Html);
        var step1 = new Dictionary<string, string> { ["jeton"] = token, [$"q{s.Mode}"] = s.No.ToString() };
        Assert.True((await resident.PostAsync($"/enquetes/{s.Id}?etape=1", step1, page.AntiforgeryToken)).IsRedirect);
        Assert.True((await resident.PostAsync($"/enquetes/{s.Id}?etape=1", step1, page.AntiforgeryToken)).IsRedirect);
        var step2 = new Dictionary<string, string> { ["jeton"] = token, [$"q{s.Score}"] = "3" };
        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => resident.PostAsync($"/enquetes/{s.Id}?etape=2", step2, page.AntiforgeryToken)));
        Assert.All(posts, p => Assert.Equal($"/enquetes/{s.Id}/merci", p.Location));
        Assert.Equal(1, await QueryAsync(factory, db => db.SurveyResponses.CountAsync(r => r.SurveyId == s.Id)));
        Assert.Equal(1, await QueryAsync(factory, db => db.SurveyAnswers.CountAsync(a => a.QuestionId == s.Score)));
        // Coming back shows the thank-you page, not the form.
        Assert.Equal($"/enquetes/{s.Id}/merci", (await resident.GetAsync($"/enquetes/{s.Id}")).Location);
    }

    [Fact]
    public async Task The_csv_export_parses_back_with_bom_semicolons_and_pseudonyms()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var resident = await SignedInAsync(factory, Resident);
        var s = await PublishedAsync(factory, coordinator, "Enquête export");
        Assert.True((await AnswerAsync(resident, s, yes: true, score: 5, detail: "La crèche; le mercredi", text: "Il a dit \"merci\"\net c'est tout")).IsRedirect);

        using var response = await coordinator.Http.GetAsync($"/coordination/enquetes/{s.Id}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Répondant", "Terminée le", "Faites-vous garder vos enfants ?", "Par qui ?", "Votre satisfaction", "Un commentaire"], rows[0]);
        var row = Assert.Single(rows[1..]);
        var responseId = await QueryAsync(factory, db => db.SurveyResponses.Where(r => r.SurveyId == s.Id).Select(r => r.Id).SingleAsync());
        Assert.Equal($"Répondant {responseId}", row[0]);
        Assert.Equal(["Oui", "La crèche; le mercredi", "5", "Il a dit \"merci\"\net c'est tout"], row[2..]);
        var csv = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("habitant@ctg-demo.test", csv);
        Assert.DoesNotContain("Habitant", csv.Replace("Habitant·e", ""));
    }

    [Fact]
    public async Task A_flagged_answer_reaches_the_results_as_a_orienter()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var resident = await SignedInAsync(factory, Resident);
        var s = await PublishedAsync(factory, coordinator);
        Assert.True((await AnswerAsync(resident, s, yes: false, score: 2, text: "Besoin d'une ludothèque à Puget")).IsRedirect);
        var answerId = await QueryAsync(factory, db => db.SurveyAnswers.Where(a => a.QuestionId == s.Text).Select(a => a.Id).SingleAsync());
        var flagged = await coordinator.SubmitAsync($"/coordination/enquetes/{s.Id}/resultats", new Dictionary<string, string>
            { ["answerId"] = answerId.ToString(), ["orienter"] = "true" }, handler: "Orienter");
        Assert.True(flagged.IsRedirect, flagged.ErrorText);
        Assert.NotNull(await QueryAsync(factory, db => db.SurveyAnswers.Where(a => a.Id == answerId).Select(a => a.FlaggedAt).SingleAsync()));
        var results = await coordinator.GetAsync($"/coordination/enquetes/{s.Id}/resultats?recherche=ludoth");
        Assert.Contains("Besoin d'une ludothèque à Puget", WebUtility.HtmlDecode(results.Html));
        Assert.Contains("à orienter", WebUtility.HtmlDecode(results.Html));
    }

    [Fact]
    public async Task Public_results_appear_only_once_the_coordinator_publishes_them()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var anonymous = factory.CreatePortalClient();
        var s = await PublishedAsync(factory, coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/enquetes/{s.Id}/resultats")).Status);
        var toggled = await coordinator.SubmitAsync($"/coordination/enquetes/{s.Id}", new Dictionary<string, string> { ["publics"] = "true" }, handler: "ResultatsPublics");
        Assert.True(toggled.IsRedirect, toggled.ErrorText);
        var page = await anonymous.GetAsync($"/enquetes/{s.Id}/resultats");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Votre satisfaction", WebUtility.HtmlDecode(page.Html));
        Assert.Contains(s.Id.ToString(), (await anonymous.GetAsync("/enquetes?ctg=alpes-d-azur")).Html);
    }

    /// <summary>A small RFC 4180 reader with ";" as separator: quoted cells, doubled quotes, line breaks inside quotes.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ';') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add([.. row]); row.Clear(); }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
