using Ctg.Participation.Data;
using Ctg.Participation.Routing;
using Ctg.Participation.Surveys.Forms;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Surveys;

/// <summary>
/// Free-text survey answers a coordinator flagged "à orienter", for the routing desk. Answers are pseudonymous: no
/// author is notified. The item's date is when it was flagged; its axis is the survey's, its commune the one the same
/// response chose in the survey's commune question, if any.
/// </summary>
public sealed class SurveyAnswerSource(PortalDbContext db) : IRoutableSource
{
    public const int TitleTextLength = 80;

    public ContributionKind Kind => ContributionKind.SurveyAnswer;
    public string KeyPrefix => "reponse-enquete";
    public string KindLabel => "Réponse d'enquête";

    public async Task<IReadOnlyList<RoutableItem>> ListAsync(int conventionId, RoutableFilter filter, IReadOnlyCollection<int>? ids, CancellationToken ct = default)
    {
        // The CTG as a correlated EXISTS, not a join: SQLite then walks the FlaggedAt index in order (flagged answers
        // are few) instead of every answer of every survey of the CTG (grows with the responses; see bench/README.md).
        var query = db.SurveyAnswers.AsNoTracking().Where(a => a.FlaggedAt != null && a.TextValue != null
            && db.SurveyResponses.Any(r => r.Id == a.ResponseId && r.Survey!.ConventionId == conventionId));
        if (ids is not null) query = query.Where(a => ids.Contains(a.Id));
        if (filter.AxisId is { } axis) query = query.Where(a => a.Response!.Survey!.AxisId == axis);
        if (filter.MunicipalityId is { } m)
            query = query.Where(a => db.SurveyAnswers.Any(c => c.ResponseId == a.ResponseId && c.ChoiceId == m
                && db.SurveyQuestions.Any(q => q.Id == c.QuestionId && q.Type == QuestionType.Commune)));
        if (filter.SinceBefore is { } before) query = query.Where(a => a.FlaggedAt < before);
        if (filter.SinceAfter is { } after) query = query.Where(a => a.FlaggedAt > after);

        var rows = await query.OrderBy(a => a.FlaggedAt).ThenBy(a => a.Id).Take(500)
            .Select(a => new
            {
                a.Id, a.ResponseId, a.TextValue, a.FlaggedAt, Survey = a.Response!.Survey!.Title,
                AxisId = a.Response.Survey.AxisId, AxisName = a.Response.Survey.Axis != null ? a.Response.Survey.Axis.Name : null,
            })
            .ToListAsync(ct);
        var communes = await CommunesAsync(rows.Select(r => r.ResponseId).Distinct().ToList(), ct);
        return rows.Select(r => new RoutableItem(Kind, r.Id, TitleOf(r.TextValue!, r.Survey), r.FlaggedAt!.Value,
            r.AxisId is { } id ? [new RoutableTag(id, r.AxisName!)] : [], communes[r.ResponseId].ToList(), AuthorId: null)).ToList();
    }

    /// <summary>
    /// The communes the listed responses chose, read by response id in a second query: as a correlated collection in
    /// the first one, SQLite materialised every commune answer of every survey before joining (grows with the table).
    /// </summary>
    private async Task<ILookup<int, RoutableTag>> CommunesAsync(IReadOnlyCollection<int> responseIds, CancellationToken ct)
    {
        if (responseIds.Count == 0) return Array.Empty<RoutableTag>().ToLookup(_ => 0);
        var rows = await db.SurveyAnswers.AsNoTracking()
            .Where(c => responseIds.Contains(c.ResponseId) && c.ChoiceId != null
                && db.SurveyQuestions.Any(q => q.Id == c.QuestionId && q.Type == QuestionType.Commune))
            .Join(db.Municipalities, c => c.ChoiceId, mu => mu.Id, (c, mu) => new { c.ResponseId, c.Id, Municipality = mu.Id, mu.Name })
            .OrderBy(r => r.ResponseId).ThenBy(r => r.Id)
            .ToListAsync(ct);
        return rows.ToLookup(r => r.ResponseId, r => new RoutableTag(r.Municipality, r.Name));
    }

    public static string TitleOf(string text, string survey)
    {
        var flat = text.ReplaceLineEndings(" ");
        var start = flat.Length <= TitleTextLength ? flat : flat[..TitleTextLength].TrimEnd() + "…";
        return $"« {start} » — {survey}";
    }

    /// <summary>Answers have no page of their own; the desk shows their text.</summary>
    public string? PublicLink(int id) => null;
}
