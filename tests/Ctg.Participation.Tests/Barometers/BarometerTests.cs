using Ctg.Participation.Barometers;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Barometers;

/// <summary>
/// Barometers on the demo department (clock: 23 November 2026), without the demo's own barometers: each test launches
/// its own through the real launcher, adds completed answers, and reads the indicators on the year 2026.
/// </summary>
public sealed class BarometerTests
{
    private static readonly DateOnly ClosesOn = new(2026, 12, 31);

    private static async Task<(TestDatabase Database, int Ctg, int OtherCtg)> WorldAsync()
    {
        var database = await TestDatabase.CreateAsync();
        var ids = await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            // The demo seeds barometers for Alpes d'Azur; these tests start from none.
            var surveys = await db.Barometers.Select(b => b.SurveyId).ToListAsync();
            await db.Barometers.ExecuteDeleteAsync();
            await db.SurveyAnswers.Where(a => surveys.Contains(a.Response!.SurveyId)).ExecuteDeleteAsync();
            await db.SurveyResponses.Where(r => surveys.Contains(r.SurveyId)).ExecuteDeleteAsync();
            await db.Surveys.Where(s => surveys.Contains(s.Id)).ExecuteDeleteAsync();
            var ctg = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
            var other = await db.Conventions.Where(c => c.Slug == "pays-de-grasse").Select(c => c.Id).SingleAsync();
            return (ctg, other);
        });
        return (database, ids.ctg, ids.other);
    }

    private static Task<BarometerLauncher.Outcome> LaunchAsync(TestDatabase database, int ctg, BarometerKind kind, int year = 2026) =>
        database.RunAsync(sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            return new BarometerLauncher(db, new SurveyBuilder(db, database.Clock), database.Clock)
                .LaunchAsync(ctg, new BarometerLauncher.Launch(kind, year, ClosesOn), null);
        });

    /// <summary>Adds one response per score to the barometer's visibility (or appreciation) question.</summary>
    private static Task AnswerAsync(TestDatabase database, int surveyId, bool appreciation, SurveyResponseStatus status, params int[] scores) =>
        database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var barometer = await db.Barometers.SingleAsync(b => b.SurveyId == surveyId);
            var question = appreciation ? barometer.AppreciationQuestionId!.Value : barometer.VisibilityQuestionId;
            foreach (var score in scores)
            {
                var response = new SurveyResponse
                {
                    SurveyId = surveyId, BrowserToken = Guid.NewGuid().ToString("N"), CompletionToken = Guid.NewGuid().ToString("N"), Status = status,
                    StartedAt = database.Clock.GetUtcNow(), CompletedAt = status == SurveyResponseStatus.Completed ? database.Clock.GetUtcNow() : null,
                };
                db.SurveyAnswers.Add(new SurveyAnswer { Response = response, QuestionId = question, NumberValue = score });
            }
            await db.SaveChangesAsync();
        });

    private static Task<IndicatorValue> ComputeAsync<T>(TestDatabase database, int? ctg, int year = 2026) where T : IIndicator =>
        database.RunAsync(sp => ActivatorUtilities.CreateInstance<T>(sp).ComputeAsync(new IndicatorScope(ctg, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))));

    [Fact]
    public async Task Launching_builds_a_published_survey_of_the_ctg_from_the_template_and_remembers_its_scale_questions()
    {
        var (database, ctg, _) = await WorldAsync();
        await using var _ = database;

        var outcome = await LaunchAsync(database, ctg, BarometerKind.Partners);

        Assert.Empty(outcome.Errors);
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var survey = await db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Id == outcome.SurveyId);
            Assert.Equal(ctg, survey.ConventionId);
            Assert.Equal(SurveyStatus.Published, survey.Status);
            Assert.Equal(BarometerTemplates.For(BarometerKind.Partners, 2026).Questions.Count, survey.Questions.Count);
            var barometer = await db.Barometers.SingleAsync(b => b.SurveyId == survey.Id);
            Assert.Equal(2026, barometer.Year);
            Assert.Equal(QuestionType.Scale5, survey.Questions.Single(q => q.Id == barometer.VisibilityQuestionId).Type);
            Assert.Contains("visibles", survey.Questions.Single(q => q.Id == barometer.VisibilityQuestionId).Label);
            Assert.Contains("rôle", survey.Questions.Single(q => q.Id == barometer.AppreciationQuestionId).Label);
        });
    }

    [Fact]
    public async Task One_barometer_of_each_kind_per_ctg_and_year_a_second_is_refused_and_nothing_is_stored()
    {
        var (database, ctg, other) = await WorldAsync();
        await using var _ = database;
        Assert.Empty((await LaunchAsync(database, ctg, BarometerKind.Partners)).Errors);
        var surveysBefore = await database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().Surveys.CountAsync());

        var again = await LaunchAsync(database, ctg, BarometerKind.Partners);

        Assert.Null(again.SurveyId);
        Assert.Contains("déjà été lancé", again.Errors[nameof(BarometerLauncher.Launch.Year)]);
        Assert.Equal(surveysBefore, await database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().Surveys.CountAsync()));
        Assert.Empty((await LaunchAsync(database, ctg, BarometerKind.Residents)).Errors);
        Assert.Empty((await LaunchAsync(database, ctg, BarometerKind.Partners, 2027)).Errors);
        Assert.Empty((await LaunchAsync(database, other, BarometerKind.Partners)).Errors);
    }

    [Fact]
    public async Task A_year_outside_the_window_or_a_past_closing_day_is_refused_in_french()
    {
        var (database, ctg, _) = await WorldAsync();
        await using var _ = database;
        var farYear = await LaunchAsync(database, ctg, BarometerKind.Partners, 2030);
        Assert.Contains("L'année doit", farYear.Errors[nameof(BarometerLauncher.Launch.Year)]);

        var past = await database.RunAsync(sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            return new BarometerLauncher(db, new SurveyBuilder(db, database.Clock), database.Clock)
                .LaunchAsync(ctg, new BarometerLauncher.Launch(BarometerKind.Partners, 2026, new DateOnly(2026, 1, 2)), null);
        });
        Assert.Contains("passée", past.Errors[nameof(BarometerLauncher.Launch.ClosesOn)]);
        Assert.False(await database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().Barometers.AnyAsync()));
    }

    [Fact]
    public async Task Partners_visibility_is_the_share_of_4_and_5_among_completed_answers_of_the_ctg_and_year_with_its_distribution()
    {
        var (database, ctg, other) = await WorldAsync();
        await using var _ = database;
        var survey = (await LaunchAsync(database, ctg, BarometerKind.Partners)).SurveyId!.Value;
        await AnswerAsync(database, survey, appreciation: false, SurveyResponseStatus.Completed, 5, 4, 4, 2, 1);
        await AnswerAsync(database, survey, appreciation: false, SurveyResponseStatus.Draft, 5, 5);
        var elsewhere = (await LaunchAsync(database, other, BarometerKind.Partners)).SurveyId!.Value;
        await AnswerAsync(database, elsewhere, appreciation: false, SurveyResponseStatus.Completed, 5, 5, 5);
        var nextYear = (await LaunchAsync(database, ctg, BarometerKind.Partners, 2027)).SurveyId!.Value;
        await AnswerAsync(database, nextYear, appreciation: false, SurveyResponseStatus.Completed, 1);

        var value = await ComputeAsync<PartnersVisibilityIndicator>(database, ctg);

        Assert.Equal(60m, value.Value);
        Assert.Equal(5, value.PeopleBasis);
        Assert.Equal([1m, 2m, 0m, 1m, 1m], value.Breakdown!.Select(b => b.Count));
        Assert.StartsWith("5", value.Breakdown![0].Nature);
        var department = await ComputeAsync<PartnersVisibilityIndicator>(database, null);
        Assert.Equal(Math.Round(100m * 6 / 8, 1), department.Value);
        Assert.Equal("T2-3.2-e", new PartnersVisibilityIndicator(null!).Definition.ReferentialLine);
    }

    [Fact]
    public async Task Coordinator_appreciation_reads_the_partners_appreciation_question_only()
    {
        var (database, ctg, _) = await WorldAsync();
        await using var _ = database;
        var survey = (await LaunchAsync(database, ctg, BarometerKind.Partners)).SurveyId!.Value;
        await AnswerAsync(database, survey, appreciation: true, SurveyResponseStatus.Completed, 5, 3, 3, 4);
        await AnswerAsync(database, survey, appreciation: false, SurveyResponseStatus.Completed, 1, 1);

        var value = await ComputeAsync<CoordinatorAppreciationIndicator>(database, ctg);

        Assert.Equal(50m, value.Value);
        Assert.Equal(4, value.PeopleBasis);
        Assert.Equal("très bonne", value.Breakdown![0].Nature[4..]);
        Assert.Equal("FA17-5", new CoordinatorAppreciationIndicator(null!).Definition.ReferentialLine);
    }

    [Fact]
    public async Task Residents_visibility_counts_the_residents_barometer_and_is_hidden_publicly_below_eleven_respondents()
    {
        var (database, ctg, _) = await WorldAsync();
        await using var _ = database;
        var partners = (await LaunchAsync(database, ctg, BarometerKind.Partners)).SurveyId!.Value;
        await AnswerAsync(database, partners, appreciation: false, SurveyResponseStatus.Completed, 1, 1, 1);
        var residents = (await LaunchAsync(database, ctg, BarometerKind.Residents)).SurveyId!.Value;
        await AnswerAsync(database, residents, appreciation: false, SurveyResponseStatus.Completed, 4, 5, 2);

        var value = await ComputeAsync<ResidentsVisibilityIndicator>(database, ctg);

        Assert.Equal(Math.Round(200m / 3, 1), value.Value);
        Assert.Equal(3, value.PeopleBasis);
        var secrecy = new StatisticalSecrecy(Microsoft.Extensions.Options.Options.Create(new IndicatorOptions()));
        var definition = new ResidentsVisibilityIndicator(null!).Definition;
        Assert.True(secrecy.IsSuppressed(definition, value));
        Assert.Null(PublicBreakdowns.Of(secrecy, definition, value));
        Assert.Equal("T2-4.2-e", definition.ReferentialLine);

        await AnswerAsync(database, residents, appreciation: false, SurveyResponseStatus.Completed, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        var published = await ComputeAsync<ResidentsVisibilityIndicator>(database, ctg);
        Assert.False(secrecy.IsSuppressed(definition, published));
        var rows = PublicBreakdowns.Of(secrecy, definition, published)!;
        Assert.Equal(11m, rows.Single(r => r.Nature.StartsWith('4')).Count);
        Assert.Null(rows.Single(r => r.Nature.StartsWith('5')).Count);
    }

    [Fact]
    public async Task Without_any_answer_the_figure_has_no_value()
    {
        var (database, ctg, _) = await WorldAsync();
        await using var _ = database;
        await LaunchAsync(database, ctg, BarometerKind.Residents);
        Assert.Null((await ComputeAsync<ResidentsVisibilityIndicator>(database, ctg)).Value);
    }
}
