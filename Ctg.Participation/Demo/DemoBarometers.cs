using Ctg.Participation.Barometers;
using Ctg.Participation.Data;
using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>
/// The Alpes d'Azur CTG's barometers of the current year, launched through the real <see cref="BarometerLauncher"/>:
/// the partners' one with 14 answers (enough to be published), the residents' one with 6 (below the statistical
/// secrecy threshold, so the public sees « moins de 11 »). Added once.
/// </summary>
public static class DemoBarometers
{
    public static async Task SeedAsync(PortalDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => new { c.Id }).FirstOrDefaultAsync(ct);
        if (convention is null || await db.Barometers.AnyAsync(b => b.ConventionId == convention.Id, ct)) return;
        var today = SurveyDates.DayOf(clock.GetUtcNow());
        var launcher = new BarometerLauncher(db, new SurveyBuilder(db, clock), clock);
        foreach (var kind in BarometerKinds.All)
        {
            var launched = await launcher.LaunchAsync(convention.Id, new BarometerLauncher.Launch(kind, today.Year, today.AddDays(40)), null, ct);
            if (launched.SurveyId is null) return; // the CTG's period does not cover this year: no demo barometer
        }
        var barometers = await db.Barometers.Where(b => b.ConventionId == convention.Id).ToListAsync(ct);

        // (role choice index, appreciation, visibility) for the partners; visibility only for the residents.
        (int Role, int Appreciation, int Visibility)[] partners =
        [
            (0, 5, 4), (0, 4, 4), (1, 5, 5), (1, 4, 3), (2, 4, 4), (2, 3, 3), (3, 5, 4),
            (1, 4, 5), (0, 3, 2), (2, 5, 4), (3, 4, 3), (1, 2, 2), (2, 4, 4), (0, 5, 5),
        ];
        int[] residents = [2, 3, 4, 2, 5, 3];

        var partnersBarometer = barometers.Single(b => b.Kind == BarometerKind.Partners);
        var roleQuestion = await db.SurveyQuestions.Include(q => q.Choices).Where(q => q.SurveyId == partnersBarometer.SurveyId).OrderBy(q => q.Position).FirstAsync(ct);
        var n = 0;
        foreach (var p in partners)
        {
            var response = Response(partnersBarometer.SurveyId, ++n, clock);
            response.Answers(db, roleQuestion.Id, roleQuestion.Choices.OrderBy(c => c.Position).ElementAt(p.Role).Id, null);
            response.Answers(db, partnersBarometer.AppreciationQuestionId!.Value, null, p.Appreciation);
            response.Answers(db, partnersBarometer.VisibilityQuestionId, null, p.Visibility);
        }
        var residentsBarometer = barometers.Single(b => b.Kind == BarometerKind.Residents);
        foreach (var score in residents)
        {
            Response(residentsBarometer.SurveyId, ++n, clock).Answers(db, residentsBarometer.VisibilityQuestionId, null, score);
        }
        await db.SaveChangesAsync(ct);
    }

    private sealed record PendingResponse(SurveyResponse Response)
    {
        public void Answers(PortalDbContext db, int questionId, int? choiceId, int? number) =>
            db.SurveyAnswers.Add(new SurveyAnswer { Response = Response, QuestionId = questionId, ChoiceId = choiceId, NumberValue = number });
    }

    private static PendingResponse Response(int surveyId, int n, TimeProvider clock)
    {
        var at = clock.GetUtcNow().AddHours(-n);
        return new PendingResponse(new SurveyResponse
        {
            SurveyId = surveyId, BrowserToken = $"demo-barometre-{n}", CompletionToken = $"demo-barometre-{surveyId}-{n}",
            Status = SurveyResponseStatus.Completed, Section = 2, StartedAt = at, CompletedAt = at,
        });
    }
}
