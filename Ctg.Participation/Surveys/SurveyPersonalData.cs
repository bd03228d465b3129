using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Surveys;

/// <summary>
/// The surveys' share of "download my data": the responses given while signed in, with their answers. Anonymous
/// responses carry no account and cannot be told apart from anyone else's, so they are not part of it.
/// </summary>
public sealed class SurveyPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Section => "enquetes";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(SurveyResponse), typeof(SurveyAnswer)];

    public async Task<object?> CollectAsync(string userId, CancellationToken ct)
    {
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id)
            .Select(r => new { r.Id, enquete = r.Survey!.Title, statut = r.Status.ToString(), commenceeLe = r.StartedAt, termineeLe = r.CompletedAt })
            .ToListAsync(ct);
        var ids = responses.Select(r => r.Id).ToList();
        var answers = await db.SurveyAnswers.AsNoTracking().Where(a => ids.Contains(a.ResponseId)).OrderBy(a => a.ResponseId).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.ResponseId, question = db.SurveyQuestions.Where(q => q.Id == a.QuestionId).Select(q => q.Label).FirstOrDefault(),
                choix = db.SurveyQuestionChoices.Where(c => c.Id == a.ChoiceId).Select(c => c.Label).FirstOrDefault(),
                ligne = db.SurveyQuestionChoices.Where(c => c.Id == a.RowId).Select(c => c.Label).FirstOrDefault(),
                nombre = a.NumberValue, texte = a.TextValue, date = a.DateValue,
            })
            .ToListAsync(ct);
        return responses.Select(r => new
        {
            enquete = r.enquete, r.statut, r.commenceeLe, r.termineeLe,
            reponses = answers.Where(a => a.ResponseId == r.Id).Select(a => new { a.question, a.choix, a.ligne, a.nombre, a.texte, a.date }).ToList(),
        }).ToList();
    }
}
