using Ctg.Participation.Csv;
using Ctg.Participation.Spreadsheets;
using System.Text;
using Ctg.Participation.Data;
using Ctg.Participation.Surveys.Forms;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Surveys;

/// <summary>
/// Results of a survey, computed by the database: GROUP BY on the answer table (index QuestionId, ChoiceId, RowId),
/// never by loading answers. Only completed responses have answer rows, so no join is needed. Optionally restricted to
/// the responses that chose one commune (the breakdown by commune).
/// </summary>
public sealed class SurveyResults(PortalDbContext db, SurveyForms forms, SurveyTallies? tallies = null)
{
    public const int TextPageSize = 20;

    public sealed record Line(string Label, int Count, decimal Percent);

    public sealed record QuestionResult(FormQuestion Question, int Respondents, IReadOnlyList<Line> Lines,
        IReadOnlyList<(string Row, IReadOnlyList<Line> Lines)> Matrix, double? Average, double? Min, double? Max);

    public sealed record Summary(int Responses, IReadOnlyList<QuestionResult> Questions, FormQuestion? CommuneQuestion, int? MunicipalityId);

    public sealed record TextAnswer(int Id, int ResponseId, string QuestionLabel, string Text, bool Flagged);


    public static decimal Percent(int count, int total) => total == 0 ? 0 : Math.Round(100m * count / total, 1);

    /// <summary>Answers restricted to completed responses of the survey, and to one commune when given.</summary>
    private IQueryable<SurveyAnswer> Answers(IReadOnlyCollection<int> questionIds, int? communeQuestionId, int? municipalityId)
    {
        var answers = db.SurveyAnswers.AsNoTracking().Where(a => questionIds.Contains(a.QuestionId));
        if (communeQuestionId is { } cq && municipalityId is { } m)
        {
            var inCommune = db.SurveyAnswers.Where(c => c.QuestionId == cq && c.ChoiceId == m).Select(c => c.ResponseId);
            answers = answers.Where(a => inCommune.Contains(a.ResponseId));
        }
        return answers;
    }

    public async Task<Summary> SummarizeAsync(int surveyId, int? municipalityId = null, CancellationToken ct = default)
    {
        var form = await forms.LoadAsync(surveyId, ct);
        var communeQuestion = form.Questions.FirstOrDefault(q => q.Type == QuestionType.Commune);
        if (communeQuestion is null || communeQuestion.Choices.All(c => c.Id != municipalityId)) municipalityId = null;

        SurveyTally tally;
        if (tallies is null)
        {
            tally = await TallyAsync(surveyId, form, communeQuestion, municipalityId, ct);
        }
        else
        {
            // One index range read (SurveyId, Status, Id) tells whether the kept counts still hold.
            var version = await db.SurveyResponses.AsNoTracking()
                .Where(r => r.SurveyId == surveyId && r.Status == SurveyResponseStatus.Completed)
                .GroupBy(r => r.SurveyId).Select(g => new SurveyTallies.Version(g.Count(), g.Max(r => r.Id)))
                .FirstOrDefaultAsync(ct);
            // Counted after the version was read, a tally holds at least the answers of that version: a response completed
            // in between changes the version, so the next visit counts again rather than showing less than there is.
            if (tallies.Find(surveyId, municipalityId, version) is { } kept) tally = kept;
            else tallies.Keep(surveyId, municipalityId, version, tally = await TallyAsync(surveyId, form, communeQuestion, municipalityId, ct));
        }
        return Present(form, tally, communeQuestion, municipalityId);
    }

    /// <summary>Counts the answers in the database: GROUP BY on the covering index, never the answers themselves.</summary>
    private async Task<SurveyTally> TallyAsync(int surveyId, FormDefinition form, FormQuestion? communeQuestion, int? municipalityId, CancellationToken ct)
    {
        var ids = form.Questions.Select(q => q.Id).ToList();
        var answers = Answers(ids, communeQuestion?.Id, municipalityId);

        var responses = municipalityId is null
            ? await db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId && r.Status == SurveyResponseStatus.Completed, ct)
            : await answers.Where(a => a.QuestionId == communeQuestion!.Id).Select(a => a.ResponseId).Distinct().CountAsync(ct);

        // One pass over the covering index for every choice, matrix cell, scale value and rank: grouped rows stay few
        // (choices × rows × values). Free texts and free numbers are counted (and numbers summarised) apart.
        var freeIds = form.Questions.Where(q => q.IsFreeText || q.Type is QuestionType.Number or QuestionType.Date).Select(q => q.Id).ToList();
        var groups = await answers.Where(a => !freeIds.Contains(a.QuestionId))
            .GroupBy(a => new { a.QuestionId, a.ChoiceId, a.RowId, a.NumberValue })
            .Select(g => new SurveyTally.Group(g.Key.QuestionId, g.Key.ChoiceId, g.Key.RowId, g.Key.NumberValue, g.Count())).ToListAsync(ct);
        var respondents = groups.GroupBy(g => g.QuestionId).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        foreach (var free in await answers.Where(a => freeIds.Contains(a.QuestionId)).GroupBy(a => a.QuestionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        {
            respondents[free.Key] = free.Count;
        }
        // Several values per response (multiple choice, ranking, matrix, "Autre"): distinct responses, on those questions only.
        var multiIds = form.Questions.Where(q => q.Type is QuestionType.MultipleChoice or QuestionType.Ranking or QuestionType.Matrix || q.AllowOther)
            .Select(q => q.Id).ToList();
        if (multiIds.Count > 0)
        {
            foreach (var multi in await answers.Where(a => multiIds.Contains(a.QuestionId)).GroupBy(a => a.QuestionId)
                .Select(g => new { g.Key, Count = g.Select(a => a.ResponseId).Distinct().Count() }).ToListAsync(ct))
            {
                respondents[multi.Key] = multi.Count;
            }
        }
        var numberIds = form.Questions.Where(q => q.Type == QuestionType.Number).Select(q => q.Id).ToList();
        var numberStats = numberIds.Count == 0 ? [] : await answers.Where(a => numberIds.Contains(a.QuestionId) && a.NumberValue != null)
            .GroupBy(a => a.QuestionId)
            .Select(g => new SurveyTally.Stats(g.Key, g.Average(a => a.NumberValue!.Value), g.Min(a => a.NumberValue!.Value), g.Max(a => a.NumberValue!.Value)))
            .ToListAsync(ct);
        return new SurveyTally(responses, groups, respondents, numberStats);
    }

    /// <summary>The counts laid out along the form as it reads now (labels, choices added since).</summary>
    private static Summary Present(FormDefinition form, SurveyTally tally, FormQuestion? communeQuestion, int? municipalityId)
    {
        var groups = tally.Groups;
        var respondents = tally.Respondents;
        var choiceCounts = groups.GroupBy(g => (g.QuestionId, g.ChoiceId, g.RowId))
            .Select(g => new { g.Key.QuestionId, g.Key.ChoiceId, g.Key.RowId, Count = g.Sum(x => x.Count) }).ToList();
        var scaleCounts = groups.Where(g => g.ChoiceId == null && g.RowId == null)
            .Select(g => new { g.QuestionId, g.NumberValue, g.Count }).ToList();
        var stats = tally.NumberStats
            .Concat(groups.Where(g => g.ChoiceId == null && g.RowId == null && g.NumberValue != null).GroupBy(g => g.QuestionId)
                .Select(g => new SurveyTally.Stats(g.Key, g.Sum(x => x.NumberValue!.Value * x.Count) / g.Sum(x => x.Count), g.Min(x => x.NumberValue!.Value), g.Max(x => x.NumberValue!.Value))))
            .ToDictionary(x => x.QuestionId);
        var ranks = groups.Where(g => g.ChoiceId != null && g.RowId == null && g.NumberValue != null).GroupBy(g => (g.QuestionId, g.ChoiceId))
            .Select(g => new
            {
                g.Key.QuestionId, g.Key.ChoiceId,
                Average = g.Sum(x => x.NumberValue!.Value * x.Count) / g.Sum(x => x.Count),
                First = g.Where(x => x.NumberValue == 1).Sum(x => x.Count),
            })
            .ToList();

        var results = new List<QuestionResult>();
        foreach (var q in form.Questions)
        {
            var total = respondents.GetValueOrDefault(q.Id);
            var lines = new List<Line>();
            var matrix = new List<(string, IReadOnlyList<Line>)>();
            switch (q.Type)
            {
                case QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Commune:
                    var own = choiceCounts.Where(c => c.QuestionId == q.Id).ToList();
                    lines.AddRange(q.Choices.Select(c => own.FirstOrDefault(o => o.ChoiceId == c.Id)?.Count ?? 0)
                        .Zip(q.Choices, (count, c) => new Line(c.Label, count, Percent(count, total))));
                    if (q.AllowOther)
                    {
                        var other = own.FirstOrDefault(o => o.ChoiceId == null)?.Count ?? 0;
                        lines.Add(new Line("Autre", other, Percent(other, total)));
                    }
                    break;
                case QuestionType.Matrix:
                    foreach (var row in q.Rows)
                    {
                        var cells = choiceCounts.Where(c => c.QuestionId == q.Id && c.RowId == row.Id).ToList();
                        var rowTotal = cells.Sum(c => c.Count);
                        matrix.Add((row.Label, q.Choices.Select(c => cells.FirstOrDefault(x => x.ChoiceId == c.Id)?.Count ?? 0)
                            .Zip(q.Choices, (count, c) => new Line(c.Label, count, Percent(count, rowTotal))).ToList()));
                    }
                    break;
                case QuestionType.Scale5 or QuestionType.Scale10:
                    var (low, high) = q.Type == QuestionType.Scale5 ? (1, 5) : (0, 10);
                    for (var n = low; n <= high; n++)
                    {
                        var count = scaleCounts.FirstOrDefault(c => c.QuestionId == q.Id && c.NumberValue == n)?.Count ?? 0;
                        lines.Add(new Line(n.ToString(PortalCulture.French), count, Percent(count, total)));
                    }
                    break;
                case QuestionType.Ranking:
                    // Listed by average rank (best first); the count is how many put the item first.
                    foreach (var r in ranks.Where(r => r.QuestionId == q.Id).OrderBy(r => r.Average))
                    {
                        var label = q.Choices.FirstOrDefault(c => c.Id == r.ChoiceId)?.Label ?? "";
                        lines.Add(new Line($"{label} (rang moyen {r.Average.ToString("0.0", PortalCulture.French)})", r.First, Percent(r.First, total)));
                    }
                    break;
            }
            var s = stats.GetValueOrDefault(q.Id);
            results.Add(new QuestionResult(q, total, lines, matrix, s?.Average, s?.Min, s?.Max));
        }
        return new Summary(tally.Responses, results, communeQuestion, municipalityId);
    }

    /// <summary>
    /// Free-text answers (text questions and "Autre" precisions), newest first, a page after the answer id
    /// <paramref name="before"/> (keyset), optionally containing <paramref name="search"/>.
    /// </summary>
    public async Task<IReadOnlyList<TextAnswer>> TextAnswersAsync(int surveyId, string? search, int? before, int? questionId = null, CancellationToken ct = default)
    {
        var questions = db.SurveyQuestions.Where(q => q.SurveyId == surveyId && (questionId == null || q.Id == questionId));
        // IN (the survey's questions), not a correlated EXISTS: SQLite then reads this survey's answers by QuestionId
        // instead of walking the whole table in id order until a page is found (2 million answers: see bench/README.md).
        var query = db.SurveyAnswers.AsNoTracking().Where(a => a.TextValue != null && questions.Select(q => q.Id).Contains(a.QuestionId));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            query = query.Where(a => a.TextValue!.ToLower().Contains(term));
        }
        if (before is { } b) query = query.Where(a => a.Id < b);
        return await query.OrderByDescending(a => a.Id).Take(TextPageSize)
            .Select(a => new TextAnswer(a.Id, a.ResponseId, db.SurveyQuestions.Where(q => q.Id == a.QuestionId).Select(q => q.Label).First(), a.TextValue!, a.FlaggedAt != null))
            .ToListAsync(ct);
    }

    /// <summary>Flags (or unflags) a free-text answer of this survey "à orienter". Returns false when there is no such answer.</summary>
    public async Task<bool> FlagAsync(int surveyId, int answerId, bool flag, DateTimeOffset now, CancellationToken ct = default)
    {
        var updated = await db.SurveyAnswers
            .Where(a => a.Id == answerId && a.TextValue != null && db.SurveyQuestions.Any(q => q.Id == a.QuestionId && q.SurveyId == surveyId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FlaggedAt, flag ? now : null), ct);
        return updated == 1;
    }

    /// <summary>
    /// Writes the responses as a table (CSV for people, XLSX, ODS), one row per completed response, respondents
    /// pseudonymised ("Répondant 17": the response number, never an account). Numbers and dates answered are typed cells.
    /// Rows are read in batches by response id (keyset) and written at once: memory stays bounded whatever the number of responses.
    /// </summary>
    public async Task WriteAsync(int surveyId, ITableWriter table, CancellationToken ct = default)
    {
        const int batch = 500;
        var form = await forms.LoadAsync(surveyId, ct);
        await table.WriteHeaderAsync(new TableColumn[] { new("Répondant", 14), new("Terminée le", 17) }
            .Concat(form.Questions.Select(q => new TableColumn(q.Label, q.Type is QuestionType.LongText ? 50 : 24))).ToList(), ct);
        var after = 0;
        while (true)
        {
            var responses = await db.SurveyResponses.AsNoTracking()
                .Where(r => r.SurveyId == surveyId && r.Status == SurveyResponseStatus.Completed && r.Id > after)
                .OrderBy(r => r.Id).Take(batch).Select(r => new { r.Id, r.CompletedAt }).ToListAsync(ct);
            if (responses.Count == 0) break;
            var ids = responses.Select(r => r.Id).ToList();
            var answers = (await db.SurveyAnswers.AsNoTracking().Where(a => ids.Contains(a.ResponseId))
                .Select(a => new { a.ResponseId, Value = new AnswerValue(a.QuestionId, a.ChoiceId, a.RowId, (decimal?)a.NumberValue, a.TextValue, a.DateValue) })
                .ToListAsync(ct)).ToLookup(a => a.ResponseId, a => a.Value);
            foreach (var r in responses)
            {
                var values = answers[r.Id].ToList();
                await table.WriteRowAsync(new[] { TableCell.Text(SurveyLabels.Respondent(r.Id)), TableCell.Of(r.CompletedAt) }
                    .Concat(form.Questions.Select(q => Cell(q, values))).ToList(), ct);
            }
            after = responses[^1].Id;
        }
    }

    /// <summary>The CSV export for people (UTF-8 with BOM, `;`, `,` decimals, jj/mm/aaaa).</summary>
    public async Task WriteCsvAsync(int surveyId, Stream output, CancellationToken ct = default)
    {
        await using var csv = new CsvTableWriter(output, CsvConventions.People);
        await WriteAsync(surveyId, csv, ct);
        await csv.CompleteAsync(ct);
    }

    /// <summary>A number or date question answered once is a typed cell; anything else is its readable text.</summary>
    private static TableCell Cell(FormQuestion q, List<AnswerValue> values)
    {
        var own = values.Where(v => v.QuestionId == q.Id).ToList();
        return q.Type switch
        {
            QuestionType.Number or QuestionType.Scale5 or QuestionType.Scale10 when own.Count <= 1 => TableCell.Of(own.FirstOrDefault()?.NumberValue),
            QuestionType.Date when own.Count <= 1 => TableCell.Of(own.FirstOrDefault()?.DateValue),
            _ => TableCell.Text(FormValues.Display(q, own)),
        };
    }
}
