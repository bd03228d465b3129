using Ctg.Participation.Data;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Surveys;

/// <summary>A survey of Alpes d'Azur built through the builder: a choice (with a condition on it), a commune, a scale and a text.</summary>
public sealed record SurveyScenario(int SurveyId, int ConventionId, int AxisId, int Mode, int Yes, int No, int Detail, int Commune, int Score, int Text,
    IReadOnlyList<int> Communes)
{
    public static SurveyBuilder Builder(TestDatabase database, PortalDbContext db) => new(db, database.Clock);
    public static SurveyAnswering Answering(TestDatabase database, PortalDbContext db) => new(db, new SurveyForms(db), database.Clock);
    public static SurveyResults Results(PortalDbContext db) => new(db, new SurveyForms(db));

    public static async Task<SurveyScenario> CreateAsync(TestDatabase database, bool publish = true, SurveyAudience audience = SurveyAudience.AccountRequired)
    {
        return await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var builder = Builder(database, db);
            var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
            var axis = await db.Axes.Where(a => a.ConventionId == convention && a.Slug == "parentalite").Select(a => a.Id).SingleAsync();
            var today = DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime);
            var created = await builder.CreateAsync(convention, new SurveyBuilder.Settings("Enquête de test des familles", "Introduction", axis, today.AddDays(-1), today.AddDays(30), audience));
            var id = created.Id ?? throw new InvalidOperationException(string.Join(" ", created.Errors.Values));

            async Task<int> Add(QuestionType type, string label, int section, string? choices = null, string? condition = null, bool required = true)
            {
                var outcome = await builder.SaveQuestionAsync(id, null, new SurveyBuilder.QuestionDraft(type, label, null, required, section, choices, null, false, null, null, condition));
                return outcome.Id ?? throw new InvalidOperationException(string.Join(" ", outcome.Errors.Values));
            }
            var mode = await Add(QuestionType.SingleChoice, "Faites-vous garder vos enfants ?", 1, "Oui\nNon");
            var choiceIds = await db.SurveyQuestionChoices.Where(c => c.QuestionId == mode).OrderBy(c => c.Position).Select(c => c.Id).ToListAsync();
            var detail = await Add(QuestionType.ShortText, "Par qui ?", 2, condition: $"{mode}:{choiceIds[0]}");
            var commune = await Add(QuestionType.Commune, "Votre commune", 1);
            var score = await Add(QuestionType.Scale5, "Votre satisfaction", 2);
            var text = await Add(QuestionType.LongText, "Un commentaire", 2, required: false);
            if (publish) Assert.Null(await builder.PublishAsync(id));
            var communes = await db.Municipalities.Where(m => m.ConventionId == convention).OrderBy(m => m.Name).Select(m => m.Id).ToListAsync();
            return new SurveyScenario(id, convention, axis, mode, choiceIds[0], choiceIds[1], detail, commune, score, text, communes);
        });
    }

    public static Dictionary<string, IReadOnlyList<string>> Fields(params (string Key, string Value)[] values) =>
        values.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(v => v.Value).ToList());

    /// <summary>Answers both steps for an account; returns the outcome of the last step.</summary>
    public async Task<SurveyAnswering.StepOutcome> AnswerAsync(TestDatabase database, string userId, bool keepsChildren, int communeIndex, int score, string? detail = null, string? text = null)
    {
        return await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var answering = Answering(database, db);
            var who = new SurveyAnswering.Respondent(userId, null);
            var token = SurveyAnswering.NewToken();
            var first = await answering.SubmitAsync(SurveyId, who, token, 1, Fields(($"q{Mode}", (keepsChildren ? Yes : No).ToString()), ($"q{Commune}", Communes[communeIndex].ToString())));
            Assert.Equal(SurveyAnswering.StepKind.Next, first.Kind);
            var second = new List<(string, string)> { ($"q{Score}", score.ToString()) };
            if (detail is not null) second.Add(($"q{Detail}", detail));
            if (text is not null) second.Add(($"q{Text}", text));
            return await answering.SubmitAsync(SurveyId, who, token, 2, Fields([.. second]));
        });
    }

    public static async Task<string> UserAsync(TestDatabase database, string email) =>
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            if (await db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstOrDefaultAsync() is { } id) return id;
            var user = new Ctg.Participation.Accounts.PortalUser { UserName = email, Email = email, DisplayName = email[..email.IndexOf('@')] };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
}
