using System.Text;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Routing;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Tests.Surveys.SurveyScenario;

namespace Ctg.Participation.Tests.Surveys;

public sealed class SurveyRulesTests
{
    /// <summary>Five known responses: (keeps children, commune index, score, detail, text).</summary>
    private static async Task<SurveyScenario> AnsweredAsync(TestDatabase database)
    {
        var s = await CreateAsync(database);
        (bool Keeps, int Commune, int Score, string? Detail, string? Text)[] known =
        [
            (true, 0, 5, "La crèche", "Très bien"),
            (true, 0, 4, "Une assistante maternelle", null),
            (false, 1, 2, null, "Trop loin de chez moi"),
            (true, 1, 4, "Mes parents", null),
            (false, 0, 1, null, null),
        ];
        var i = 0;
        foreach (var k in known)
        {
            var outcome = await s.AnswerAsync(database, await UserAsync(database, $"famille{++i}@example.org"), k.Keeps, k.Commune, k.Score, k.Detail, k.Text);
            Assert.Equal(SurveyAnswering.StepKind.Completed, outcome.Kind);
        }
        return s;
    }

    [Fact]
    public async Task Results_count_known_answers_per_choice_scale_and_commune_in_the_database()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await AnsweredAsync(database);
        await database.RunAsync(async sp =>
        {
            var results = Results(sp.GetRequiredService<PortalDbContext>());
            var summary = await results.SummarizeAsync(s.SurveyId);
            Assert.Equal(5, summary.Responses);

            var mode = summary.Questions.Single(q => q.Question.Id == s.Mode);
            Assert.Equal(5, mode.Respondents);
            Assert.Equal([("Oui", 3, 60m), ("Non", 2, 40m)], mode.Lines.Select(l => (l.Label, l.Count, l.Percent)));

            var score = summary.Questions.Single(q => q.Question.Id == s.Score);
            Assert.Equal([1, 1, 0, 2, 1], score.Lines.Select(l => l.Count));
            Assert.Equal(3.2, score.Average!.Value, 3);

            // The conditional question was answered only by those who said yes.
            Assert.Equal(3, summary.Questions.Single(q => q.Question.Id == s.Detail).Respondents);

            var inFirstCommune = await results.SummarizeAsync(s.SurveyId, s.Communes[0]);
            Assert.Equal(3, inFirstCommune.Responses);
            Assert.Equal([2, 1], inFirstCommune.Questions.Single(q => q.Question.Id == s.Mode).Lines.Select(l => l.Count));

            var texts = await results.TextAnswersAsync(s.SurveyId, "loin", null);
            Assert.Equal(["Trop loin de chez moi"], texts.Select(t => t.Text));
            Assert.Equal(5, (await results.TextAnswersAsync(s.SurveyId, null, null)).Count);
        });
    }

    [Fact]
    public async Task Results_are_counted_once_while_no_response_is_completed_and_again_after_the_next_completion()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await AnsweredAsync(database);
        var tallies = new SurveyTallies();
        async Task<SurveyResults.Summary> SummaryAsync(int? commune = null) => await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            return await new SurveyResults(db, new SurveyForms(db), tallies).SummarizeAsync(s.SurveyId, commune);
        });
        int Yes(SurveyResults.Summary summary) => summary.Questions.Single(q => q.Question.Id == s.Mode).Lines[0].Count;

        Assert.Equal(3, Yes(await SummaryAsync()));
        Assert.Equal(2, Yes(await SummaryAsync(s.Communes[0])));
        // An answer removed behind the portal's back (no completion): the kept counts are served, not counted again.
        await database.RunAsync(async sp => await sp.GetRequiredService<PortalDbContext>().SurveyAnswers
            .Where(a => a.QuestionId == s.Mode && a.ChoiceId == s.Yes).OrderBy(a => a.Id).Take(1).ExecuteDeleteAsync());
        Assert.Equal(3, Yes(await SummaryAsync()));

        // The next completion changes the version: everything is counted again, the removed answer included.
        var outcome = await s.AnswerAsync(database, await UserAsync(database, "famille6@example.org"), true, 1, 3, "La crèche", null);
        Assert.Equal(SurveyAnswering.StepKind.Completed, outcome.Kind);
        var after = await SummaryAsync();
        Assert.Equal(6, after.Responses);
        Assert.Equal(3, Yes(after));
        Assert.Equal(1, Yes(await SummaryAsync(s.Communes[0])));
    }

    [Fact]
    public async Task Csv_export_has_a_bom_semicolons_and_pseudonyms_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await AnsweredAsync(database);
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            using var stream = new MemoryStream();
            await Results(db).WriteCsvAsync(s.SurveyId, stream);
            var bytes = stream.ToArray();
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(6, lines.Length);
            Assert.StartsWith("Répondant;Terminée le;Faites-vous garder vos enfants ?", lines[0]);
            Assert.All(lines[1..], l => Assert.Matches("^Répondant \\d+;\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2};", l));
            Assert.DoesNotContain("example.org", string.Join("\n", lines));
            Assert.Contains(lines, l => l.Contains(";Trop loin de chez moi"));
        });
    }

    [Fact]
    public async Task Xlsx_export_has_one_row_per_response_with_the_completion_as_a_real_date()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await AnsweredAsync(database);
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            using var stream = new MemoryStream();
            await using (var xlsx = new Ctg.Participation.Spreadsheets.XlsxTableWriter(stream, "Réponses"))
            {
                await Results(db).WriteAsync(s.SurveyId, xlsx);
                await xlsx.CompleteAsync();
            }
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            Assert.Equal(6, rows.Count);
            var first = rows[1].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
            Assert.StartsWith("Répondant ", first[0].InnerText);
            Assert.Null(first[1].DataType);
            Assert.NotNull(first[1].StyleIndex);
            Assert.True(double.Parse(first[1].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture) > 40_000);
        });
    }

    [Fact]
    public async Task Answered_questions_cannot_be_removed_retyped_or_lose_choices_but_may_gain_one_or_fix_a_label()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await AnsweredAsync(database);
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var builder = Builder(database, db);
            Assert.Contains("ne peut plus être supprimée", await builder.RemoveQuestionAsync(s.SurveyId, s.Score));

            SurveyBuilder.QuestionDraft Draft(QuestionType type, string choices) => new(type, "Faites-vous garder vos enfants ?", null, true, 1, choices, null, false, null, null, null);
            var removed = await builder.SaveQuestionAsync(s.SurveyId, s.Mode, Draft(QuestionType.SingleChoice, "Oui"));
            Assert.Contains("vous ne pouvez pas retirer de choix", removed.Errors[nameof(SurveyBuilder.QuestionDraft.Choices)]);
            var reordered = await builder.SaveQuestionAsync(s.SurveyId, s.Mode, Draft(QuestionType.SingleChoice, "Non\nOui"));
            Assert.Contains("l'ordre de ses choix ne peut plus changer", reordered.Errors[nameof(SurveyBuilder.QuestionDraft.Choices)]);
            var retyped = await builder.SaveQuestionAsync(s.SurveyId, s.Mode, Draft(QuestionType.MultipleChoice, "Oui\nNon"));
            Assert.Contains("son type ne peut plus changer", retyped.Errors[nameof(SurveyBuilder.QuestionDraft.Type)]);

            var fixedAndAdded = await builder.SaveQuestionAsync(s.SurveyId, s.Mode, Draft(QuestionType.SingleChoice, "Oui, souvent\nNon\nParfois"));
            Assert.NotNull(fixedAndAdded.Id);
            var choices = await db.SurveyQuestionChoices.AsNoTracking().Where(c => c.QuestionId == s.Mode).OrderBy(c => c.Position).ToListAsync();
            Assert.Equal([(s.Yes, "Oui, souvent"), (s.No, "Non")], choices.Take(2).Select(c => (c.Id, c.Label)));
            Assert.Equal("Parfois", choices[2].Label);
            Assert.Equal(3, (await Results(db).SummarizeAsync(s.SurveyId)).Questions.Single(q => q.Question.Id == s.Mode).Lines[0].Count);
        });
    }

    [Fact]
    public async Task Answers_to_a_closed_or_not_yet_open_survey_are_refused_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await CreateAsync(database);
        var user = await UserAsync(database, "tardif@example.org");
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            Assert.Null(await Builder(database, db).CloseAsync(s.SurveyId));
            var outcome = await Answering(database, db).SubmitAsync(s.SurveyId, new(user, null), "jeton", 1, Fields(($"q{s.Mode}", s.No.ToString())));
            Assert.Equal(SurveyAnswering.StepKind.Refused, outcome.Kind);
            Assert.Contains("close", outcome.Message);

            var survey = await db.Surveys.SingleAsync(x => x.Id == s.SurveyId);
            survey.Status = SurveyStatus.Published;
            survey.ClosedAt = null;
            survey.OpensAt = database.Clock.GetUtcNow().AddDays(3);
            await db.SaveChangesAsync();
            var early = await Answering(database, db).SubmitAsync(s.SurveyId, new(user, null), "jeton", 1, Fields(($"q{s.Mode}", s.No.ToString())));
            Assert.Contains("pas encore ouverte", early.Message);
            Assert.Equal(0, await db.SurveyResponses.CountAsync(r => r.SurveyId == s.SurveyId));
        });
    }

    [Fact]
    public async Task A_second_submission_of_the_last_step_stores_one_response()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await CreateAsync(database);
        var user = await UserAsync(database, "double@example.org");
        Assert.Equal(SurveyAnswering.StepKind.Completed, (await s.AnswerAsync(database, user, false, 0, 3)).Kind);
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var token = await db.SurveyResponses.Where(r => r.UserId == user).Select(r => r.CompletionToken).SingleAsync();
            var again = await Answering(database, db).SubmitAsync(s.SurveyId, new(user, null), token, 2, Fields(($"q{s.Score}", "3")));
            Assert.Equal(SurveyAnswering.StepKind.AlreadyCompleted, again.Kind);
            Assert.Equal(1, await db.SurveyResponses.CountAsync(r => r.SurveyId == s.SurveyId));
            Assert.Equal(1, await db.SurveyAnswers.CountAsync(a => a.QuestionId == s.Score));
        });
    }

    [Fact]
    public async Task A_draft_is_kept_between_steps_and_a_hidden_question_is_skipped()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await CreateAsync(database);
        var user = await UserAsync(database, "brouillon@example.org");
        await database.RunAsync(async sp =>
        {
            var answering = Answering(database, sp.GetRequiredService<PortalDbContext>());
            var first = await answering.SubmitAsync(s.SurveyId, new(user, null), "jeton-1", 1, Fields(($"q{s.Mode}", s.No.ToString()), ($"q{s.Commune}", s.Communes[0].ToString())));
            Assert.Equal(2, first.NextSection);
            var progress = await answering.FindAsync(s.SurveyId, new(user, null));
            Assert.Equal(SurveyResponseStatus.Draft, progress.Response!.Status);
            Assert.Contains(new AnswerValue(s.Mode, ChoiceId: s.No), progress.Values);

            // The detail question is hidden (answer "Non"): not required, and refused if sent.
            var sent = await answering.SubmitAsync(s.SurveyId, new(user, null), "jeton-1", 2, Fields(($"q{s.Score}", "2"), ($"q{s.Detail}", "forcé")));
            Assert.Equal(SurveyAnswering.StepKind.Invalid, sent.Kind);
            var wrongToken = await answering.SubmitAsync(s.SurveyId, new(user, null), "autre-jeton", 2, Fields(($"q{s.Score}", "2")));
            Assert.Equal(SurveyAnswering.StepKind.Forged, wrongToken.Kind);
            Assert.Equal(SurveyAnswering.StepKind.Completed, (await answering.SubmitAsync(s.SurveyId, new(user, null), "jeton-1", 2, Fields(($"q{s.Score}", "2")))).Kind);
        });
    }

    [Fact]
    public async Task Flagged_free_text_answers_are_listed_for_the_routing_desk_with_survey_axis_and_commune()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await AnsweredAsync(database);
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var results = Results(db);
            var texts = await results.TextAnswersAsync(s.SurveyId, "loin", null);
            Assert.True(await results.FlagAsync(s.SurveyId, texts[0].Id, true, database.Clock.GetUtcNow()));
            var scoreAnswer = await db.SurveyAnswers.Where(a => a.QuestionId == s.Score).Select(a => a.Id).FirstAsync();
            Assert.False(await results.FlagAsync(s.SurveyId, scoreAnswer, true, database.Clock.GetUtcNow()));

            var source = new SurveyAnswerSource(db);
            var items = await source.ListAsync(s.ConventionId, RoutableFilter.None, null);
            var item = Assert.Single(items);
            Assert.Equal(ContributionKind.SurveyAnswer, item.Kind);
            Assert.Equal(texts[0].Id, item.Id);
            Assert.Equal("« Trop loin de chez moi » — Enquête de test des familles", item.Title);
            Assert.Null(item.AuthorId);
            Assert.Equal([s.AxisId], item.Axes.Select(a => a.Id));
            Assert.Equal([s.Communes[1]], item.Municipalities.Select(m => m.Id));
            Assert.Single(await source.ListAsync(s.ConventionId, new RoutableFilter(MunicipalityId: s.Communes[1]), null));
            Assert.Empty(await source.ListAsync(s.ConventionId, new RoutableFilter(MunicipalityId: s.Communes[0]), null));
            Assert.Empty(await source.ListAsync(s.ConventionId, RoutableFilter.None, [texts[0].Id + 1000]));
            var other = await db.Conventions.Where(c => c.Slug == "pays-de-grasse").Select(c => c.Id).SingleAsync();
            Assert.Empty(await source.ListAsync(other, RoutableFilter.None, null));
        });
    }

    [Fact]
    public async Task Indicators_count_surveys_open_in_the_period_and_responses_completed_in_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var s = await AnsweredAsync(database);
        await CreateAsync(database, publish: false);
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
            var scope = new IndicatorScope(s.ConventionId, today.AddDays(-1), today, AxisId: s.AxisId);
            var conducted = new SurveysConductedIndicator(db);
            var responses = new SurveyResponsesIndicator(db);
            Assert.Equal("2.1", conducted.Definition.Objective);
            Assert.Equal(1m, (await conducted.ComputeAsync(scope)).Value);
            Assert.Equal(0m, (await conducted.ComputeAsync(scope with { From = today.AddDays(40), To = today.AddDays(50) })).Value);
            Assert.Equal(5m, (await responses.ComputeAsync(scope)).Value);
            Assert.Equal(2m, (await responses.ComputeAsync(scope with { MunicipalityId = s.Communes[1] })).Value);
            Assert.Equal(0m, (await responses.ComputeAsync(scope with { From = today.AddDays(-30), To = today.AddDays(-2) })).Value);
        });
    }
}
