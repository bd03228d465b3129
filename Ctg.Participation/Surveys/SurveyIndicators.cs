using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Surveys.Forms;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Surveys;

/// <summary>Surveys open at some moment of the period (published, opened before its end, not ended before its start).</summary>
public sealed class SurveysConductedIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "enquetes-menees", "Enquêtes menées", "2.1", "Référentiel, Tableau 2, 2.1 : diagnostic partagé",
        "Nombre d'enquêtes publiées ouvertes aux réponses à un moment de la période (filtres CTG et axe ; la commune ne s'applique pas à une enquête).",
        IndicatorUnit.Count);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var query = db.Surveys.AsNoTracking().Where(s => s.Status != SurveyStatus.Draft && s.OpensAt < scope.End && s.ClosesAt > scope.Start
            && (s.ClosedAt == null || s.ClosedAt > scope.Start) && (s.ClosedAt == null || s.ClosedAt > s.OpensAt));
        if (scope.ConventionId is { } c) query = query.Where(s => s.ConventionId == c);
        if (scope.AxisId is { } a) query = query.Where(s => s.AxisId == a);
        return IndicatorValue.Of(await query.CountAsync(ct));
    }
}

/// <summary>Responses completed in the period; with a commune, those that chose it in the survey's commune question.</summary>
public sealed class SurveyResponsesIndicator(PortalDbContext db) : IIndicator
{
    public IndicatorDefinition Definition { get; } = new(
        "reponses-enquetes", "Réponses aux enquêtes collectées", "2.1", "Référentiel, Tableau 2, 2.1 : diagnostic partagé",
        "Nombre de réponses complètes reçues pendant la période (filtres CTG et axe de l'enquête ; commune d'après la question « commune » de l'enquête).",
        IndicatorUnit.Count, CountsPeople: true);

    public async Task<IndicatorValue> ComputeAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        var query = db.SurveyResponses.AsNoTracking().Where(r => r.Status == SurveyResponseStatus.Completed && r.CompletedAt >= scope.Start && r.CompletedAt < scope.End);
        if (scope.ConventionId is { } c) query = query.Where(r => r.Survey!.ConventionId == c);
        if (scope.AxisId is { } a) query = query.Where(r => r.Survey!.AxisId == a);
        if (scope.MunicipalityId is { } m)
            query = query.Where(r => db.SurveyAnswers.Any(x => x.ResponseId == r.Id && x.ChoiceId == m
                && db.SurveyQuestions.Any(q => q.Id == x.QuestionId && q.Type == QuestionType.Commune)));
        return IndicatorValue.Of(await query.CountAsync(ct));
    }
}
