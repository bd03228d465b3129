using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Surveys.Forms;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Surveys;

/// <summary>Turns a stored survey into the forms engine's <see cref="FormDefinition"/> (communes from its CTG).</summary>
public sealed class SurveyForms(PortalDbContext db)
{
    public async Task<FormDefinition> LoadAsync(int surveyId, CancellationToken ct = default)
    {
        var questions = await db.SurveyQuestions.AsNoTracking().Where(q => q.SurveyId == surveyId)
            .Include(q => q.Choices).OrderBy(q => q.Section).ThenBy(q => q.Position).ToListAsync(ct);
        var conventionId = await db.Surveys.Where(s => s.Id == surveyId).Select(s => s.ConventionId).FirstOrDefaultAsync(ct);
        IReadOnlyList<FormOption> communes = questions.Any(q => q.Type == QuestionType.Commune)
            ? await db.Municipalities.AsNoTracking().Where(m => m.ConventionId == conventionId).OrderBy(m => m.Name)
                .Select(m => new FormOption(m.Id, m.Name)).ToListAsync(ct)
            : [];
        return new FormDefinition(questions.Select(q => ToForm(q, communes)).ToList());
    }

    public static FormQuestion ToForm(Question q, IReadOnlyList<FormOption> communes) => new(
        q.Id, q.Section, q.Type, q.Label, q.Help, q.Required,
        q.Type == QuestionType.Commune ? communes : q.Choices.Where(c => !c.IsRow).OrderBy(c => c.Position).Select(c => new FormOption(c.Id, c.Label)).ToList(),
        q.Choices.Where(c => c.IsRow).OrderBy(c => c.Position).Select(c => new FormOption(c.Id, c.Label)).ToList(),
        q.AllowOther, q.Min, q.Max,
        q.ConditionQuestionId is { } cq && q.ConditionChoiceId is { } cc ? new FormCondition(cq, cc) : null);
}

/// <summary>Survey dates are civil days in the portal's time zone (Europe/Paris): open from 00:00 on the first day to midnight after the last.</summary>
public static class SurveyDates
{
    public static DateTimeOffset StartOf(DateOnly day) => PortalTime.StartOf(day);

    public static DateOnly DayOf(DateTimeOffset at) => PortalTime.DayOf(at);

    /// <summary>The last day a survey is open (its close instant is midnight after it).</summary>
    public static DateOnly LastDayOf(DateTimeOffset closesAt) => DayOf(closesAt.AddTicks(-1));

    public static string Label(DateOnly day) => day.ToString("d MMMM yyyy", PortalCulture.French);
}

public static class SurveyLabels
{
    public static readonly IReadOnlyList<(QuestionType Type, string Label)> Types =
    [
        (QuestionType.ShortText, "Texte court"),
        (QuestionType.LongText, "Texte long"),
        (QuestionType.SingleChoice, "Choix unique"),
        (QuestionType.MultipleChoice, "Choix multiples"),
        (QuestionType.Scale5, "Échelle de 1 à 5"),
        (QuestionType.Scale10, "Échelle de 0 à 10"),
        (QuestionType.Number, "Nombre"),
        (QuestionType.Date, "Date"),
        (QuestionType.Commune, "Commune de la CTG"),
        (QuestionType.Ranking, "Classement"),
        (QuestionType.Matrix, "Tableau (lignes × choix unique)"),
    ];

    public static string Type(QuestionType type) => Types.FirstOrDefault(t => t.Type == type).Label ?? type.ToString();

    public static string Status(SurveyStatus status, bool open) => status switch
    {
        SurveyStatus.Draft => "Brouillon",
        SurveyStatus.Closed => "Close",
        _ => open ? "Ouverte" : "Publiée (hors période d'ouverture)",
    };

    public static string Respondent(int number) => $"Répondant {number}";
}
