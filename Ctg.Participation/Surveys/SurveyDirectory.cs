using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Surveys;

/// <summary>Lists surveys: the public list of open ones, the coordination list, one survey's header.</summary>
public sealed class SurveyDirectory(PortalDbContext db, TimeProvider clock)
{
    public sealed record Item(int Id, string Title, string ConventionSlug, string ConventionName, string? AxisName, SurveyStatus Status,
        DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset? ClosedAt, int Responses)
    {
        public DateTimeOffset EndsAt => ClosedAt is { } c && c < ClosesAt ? c : ClosesAt;
    }

    public sealed record Header(int Id, int ConventionId, string ConventionSlug, string ConventionName, int? AxisId, string? AxisName, string Title,
        string Introduction, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, SurveyAudience Audience, SurveyStatus Status, bool PublicResults,
        DateTimeOffset? ClosedAt);

    /// <summary>Surveys open now, closing soonest first, optionally of one CTG (slug).</summary>
    public async Task<IReadOnlyList<Item>> OpenAsync(string? ctg, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var query = db.Surveys.AsNoTracking().Where(s => s.Status == SurveyStatus.Published && s.OpensAt <= now && s.ClosesAt > now);
        if (!string.IsNullOrEmpty(ctg)) query = query.Where(s => s.Convention!.Slug == ctg);
        return await Project(query.OrderBy(s => s.ClosesAt).ThenBy(s => s.Id).Take(100)).ToListAsync(ct);
    }

    /// <summary>The surveys of the CTGs a staff account may read, newest first.</summary>
    public async Task<IReadOnlyList<Item>> ForConventionsAsync(IReadOnlyCollection<int> conventionIds, CancellationToken ct = default) =>
        await Project(db.Surveys.AsNoTracking().Where(s => conventionIds.Contains(s.ConventionId))
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(500)).ToListAsync(ct);

    private IQueryable<Item> Project(IQueryable<Survey> query) => query.Select(s => new Item(s.Id, s.Title, s.Convention!.Slug, s.Convention.Name,
        s.Axis != null ? s.Axis.Name : null, s.Status, s.OpensAt, s.ClosesAt, s.ClosedAt,
        db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.Status == SurveyResponseStatus.Completed)));

    public Task<Header?> FindAsync(int id, CancellationToken ct = default) =>
        db.Surveys.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new Header(s.Id, s.ConventionId, s.Convention!.Slug, s.Convention.Name, s.AxisId, s.Axis != null ? s.Axis.Name : null,
                s.Title, s.Introduction, s.OpensAt, s.ClosesAt, s.Audience, s.Status, s.PublicResults, s.ClosedAt))
            .FirstOrDefaultAsync(ct);

    public Task<Survey?> EntityAsync(int id, CancellationToken ct = default) => db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>The questions of a survey in order, with their choices and whether they already have answers.</summary>
    public async Task<IReadOnlyList<(Question Question, bool Answered)>> QuestionsAsync(int surveyId, CancellationToken ct = default)
    {
        var questions = await db.SurveyQuestions.AsNoTracking().Where(q => q.SurveyId == surveyId).Include(q => q.Choices)
            .OrderBy(q => q.Section).ThenBy(q => q.Position).ToListAsync(ct);
        var ids = questions.Select(q => q.Id).ToList();
        var answered = await db.SurveyAnswers.Where(a => ids.Contains(a.QuestionId)).Select(a => a.QuestionId).Distinct().ToListAsync(ct);
        return questions.Select(q => (q, answered.Contains(q.Id))).ToList();
    }

    public async Task<IReadOnlyList<(int Id, string Name)>> AxesAsync(int conventionId, CancellationToken ct = default) =>
        (await db.Axes.AsNoTracking().Where(a => a.ConventionId == conventionId).OrderBy(a => a.Position)
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name)).ToList();

    public bool IsOpen(Item item) => item.Status == SurveyStatus.Published && clock.GetUtcNow() >= item.OpensAt && clock.GetUtcNow() < item.EndsAt;
}
