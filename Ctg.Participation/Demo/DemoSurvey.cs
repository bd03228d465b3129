using Ctg.Participation.Data;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>
/// A published survey of the Alpes d'Azur CTG with several question types and a handful of anonymous answers, so the
/// results page, the export and the indicators have something to show. Added once (by title).
/// </summary>
public static class DemoSurvey
{
    public const string Title = "Diagnostic partagé : les besoins des familles en accueil petite enfance";

    public static async Task SeedAsync(PortalDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => new { c.Id }).FirstOrDefaultAsync(ct);
        if (convention is null || await db.Surveys.AnyAsync(s => s.Title == Title, ct)) return;
        var now = clock.GetUtcNow();
        var axis = await db.Axes.Where(a => a.ConventionId == convention.Id && a.Slug == "petite-enfance").Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        var communes = await db.Municipalities.Where(m => m.ConventionId == convention.Id).OrderBy(m => m.Name).Select(m => m.Id).Take(3).ToListAsync(ct);

        static List<QuestionChoice> Choices(params string[] labels) => labels.Select((l, i) => new QuestionChoice { Label = l, Position = i + 1 }).ToList();
        var mode = new Question { Position = 1, Section = 1, Type = QuestionType.SingleChoice, Required = true, Label = "Comment faites-vous garder votre plus jeune enfant ?",
            Choices = Choices("Crèche ou micro-crèche", "Assistante maternelle", "En famille", "Je n'ai pas d'enfant de moins de 3 ans"), AllowOther = true };
        var commune = new Question { Position = 2, Section = 1, Type = QuestionType.Commune, Required = true, Label = "Dans quelle commune habitez-vous ?" };
        var satisfaction = new Question { Position = 3, Section = 2, Type = QuestionType.Scale5, Required = true, Label = "Êtes-vous satisfait(e) de l'offre d'accueil près de chez vous ?" };
        var needs = new Question { Position = 4, Section = 2, Type = QuestionType.MultipleChoice, Label = "Qu'est-ce qui vous aiderait le plus ?", Max = 2,
            Choices = Choices("Des horaires élargis", "Plus de places", "Un relais petite enfance plus proche", "Des temps d'échange entre parents") };
        var comment = new Question { Position = 5, Section = 2, Type = QuestionType.LongText, Label = "Souhaitez-vous ajouter quelque chose ?" };
        var survey = new Survey
        {
            ConventionId = convention.Id, AxisId = axis, Title = Title, Audience = SurveyAudience.AnonymousAllowed, Status = SurveyStatus.Published,
            Introduction = "La CTG Alpes d'Azur prépare son plan d'action petite enfance. Cinq questions, cinq minutes : vos réponses sont anonymes.",
            OpensAt = now.AddDays(-10), ClosesAt = now.AddDays(60), CreatedAt = now.AddDays(-12), PublishedAt = now.AddDays(-10), PublicResults = true,
            Questions = [mode, commune, satisfaction, needs, comment],
        };
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);

        // A handful of answers: (mode choice index, commune index, satisfaction, needs indexes, comment).
        (int Mode, int Commune, int Score, int[] Needs, string? Comment)[] answers =
        [
            (0, 0, 4, [0], null),
            (1, 1, 2, [1, 2], "Il manque des places d'accueil le mercredi."),
            (1, 0, 3, [1], null),
            (2, 2, 1, [0, 3], "Le relais est à quarante minutes de route."),
            (0, 1, 5, [], null),
        ];
        var i = 0;
        foreach (var a in answers)
        {
            var response = new SurveyResponse
            {
                SurveyId = survey.Id, BrowserToken = $"demo-{++i}", CompletionToken = $"demo-{survey.Id}-{i}", Status = SurveyResponseStatus.Completed,
                Section = 2, StartedAt = now.AddDays(-9 + i), CompletedAt = now.AddDays(-9 + i),
            };
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync(ct);
            var rows = new List<SurveyAnswer>
            {
                new() { ResponseId = response.Id, QuestionId = mode.Id, ChoiceId = mode.Choices[a.Mode].Id },
                new() { ResponseId = response.Id, QuestionId = satisfaction.Id, NumberValue = a.Score },
            };
            if (communes.Count > a.Commune) rows.Add(new() { ResponseId = response.Id, QuestionId = commune.Id, ChoiceId = communes[a.Commune] });
            rows.AddRange(a.Needs.Select(n => new SurveyAnswer { ResponseId = response.Id, QuestionId = needs.Id, ChoiceId = needs.Choices[n].Id }));
            if (a.Comment is not null) rows.Add(new() { ResponseId = response.Id, QuestionId = comment.Id, TextValue = a.Comment });
            db.SurveyAnswers.AddRange(rows);
        }
        await db.SaveChangesAsync(ct);
    }
}
