using System.Diagnostics;
using Ctg.Participation.Bench.Seeding;
using Ctg.Participation.Data;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Bench;

/// <summary>
/// A survey with many completed responses (a choice, a commune, a scale, a text each): times the results summary,
/// one page of free texts, the CSV export (streamed to nowhere) and the results page over HTTP.
/// </summary>
public static class SurveyBenchmark
{
    public static async Task RunAsync(int responses)
    {
        using var factory = new PortalFactory();
        using var client = factory.CreatePortalClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var builder = scope.ServiceProvider.GetRequiredService<SurveyBuilder>();
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var id = (await builder.CreateAsync(convention, new SurveyBuilder.Settings("Enquête à grande échelle", "", null, today.AddDays(-1), today.AddDays(30), SurveyAudience.AnonymousAllowed))).Id!.Value;
        int Add(QuestionType type, string label, string? choices = null) =>
            builder.SaveQuestionAsync(id, null, new SurveyBuilder.QuestionDraft(type, label, null, false, 1, choices, null, false, null, null, null)).Result.Id!.Value;
        var mode = Add(QuestionType.SingleChoice, "Mode de garde", "Crèche\nAssistante maternelle\nFamille\nAutre solution");
        var commune = Add(QuestionType.Commune, "Commune");
        var score = Add(QuestionType.Scale5, "Satisfaction");
        var text = Add(QuestionType.LongText, "Commentaire");
        await builder.PublishAsync(id);
        var choices = await db.SurveyQuestionChoices.Where(c => c.QuestionId == mode).Select(c => c.Id).ToListAsync();
        var communes = await db.Municipalities.Where(m => m.ConventionId == convention).Select(m => m.Id).ToListAsync();

        var watch = Stopwatch.StartNew();
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var transaction = connection.BeginTransaction();
            var response = connection.CreateCommand();
            response.CommandText = "INSERT INTO SurveyResponses (SurveyId, BrowserToken, CompletionToken, Status, Section, StartedAt, CompletedAt) VALUES ($s, $b, $b, 1, 1, $t, $t) RETURNING Id";
            var answer = connection.CreateCommand();
            answer.CommandText = "INSERT INTO SurveyAnswers (ResponseId, QuestionId, ChoiceId, NumberValue, TextValue) VALUES ($r, $q, $c, $n, $x)";
            foreach (var p in new[] { "$s", "$b", "$t" }) response.Parameters.Add(new SqliteParameter(p, 0));
            foreach (var p in new[] { "$r", "$q", "$c", "$n", "$x" }) answer.Parameters.Add(new SqliteParameter(p, 0));
            var random = new Random(42);
            // The same answer draws as the department generator (Seeding/SurveyAnswerDraws): weighted choices, a commune,
            // a scale, a comment from one respondent in ten.
            var questions = new[]
            {
                SurveyAnswerDraws.DrawnQuestion.Of(mode, QuestionType.SingleChoice, choices, random),
                SurveyAnswerDraws.DrawnQuestion.Of(commune, QuestionType.Commune, [], random),
                SurveyAnswerDraws.DrawnQuestion.Of(score, QuestionType.Scale5, [], random),
                SurveyAnswerDraws.DrawnQuestion.Of(text, QuestionType.LongText, [], random, required: false),
            };
            var values = new List<AnswerValue>();
            var ticks = DateTimeOffset.UtcNow.UtcTicks;
            for (var i = 0; i < responses; i++)
            {
                response.Parameters["$s"].Value = id; response.Parameters["$b"].Value = $"bench-{i}"; response.Parameters["$t"].Value = ticks;
                var responseId = (long)(await response.ExecuteScalarAsync())!;
                values.Clear();
                var municipality = communes[random.Next(communes.Count)];
                foreach (var question in questions)
                {
                    SurveyAnswerDraws.Draw(random, question, municipality, () => $"Commentaire numéro {i} sur l'accueil des enfants", values);
                }
                foreach (var value in values)
                {
                    answer.Parameters["$r"].Value = responseId; answer.Parameters["$q"].Value = value.QuestionId;
                    answer.Parameters["$c"].Value = (object?)value.ChoiceId ?? DBNull.Value;
                    answer.Parameters["$n"].Value = value.NumberValue is { } n ? (double)n : DBNull.Value;
                    answer.Parameters["$x"].Value = (object?)value.TextValue ?? DBNull.Value;
                    await answer.ExecuteNonQueryAsync();
                }
            }
            await transaction.CommitAsync();
            var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"Seeded {responses:N0} responses in {watch.Elapsed.TotalSeconds:0.0} s");

        var results = scope.ServiceProvider.GetRequiredService<SurveyResults>();
        await Time("summary (all communes)", () => results.SummarizeAsync(id));
        await Time("summary (one commune)", () => results.SummarizeAsync(id, communes[0]));
        await Time("free texts, first page, search", () => results.TextAnswersAsync(id, "numéro 42", null));
        await Time("CSV export (streamed)", () => results.WriteCsvAsync(id, Stream.Null));
        await Time("XLSX export (streamed to a temporary file)", async () =>
        {
            var path = Path.GetTempFileName();
            await using (var file = File.Create(path))
            await using (var xlsx = new Ctg.Participation.Spreadsheets.XlsxTableWriter(file, "Réponses"))
            {
                await results.WriteAsync(id, xlsx);
                await xlsx.CompleteAsync();
            }
            Console.WriteLine($"  XLSX of {new FileInfo(path).Length / 1024 / 1024} MiB, peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
            File.Delete(path);
        });
        await client.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");
        await Time("results page over HTTP", () => client.GetAsync($"/coordination/enquetes/{id}/resultats"));
    }

    private static async Task Time<T>(string label, Func<Task<T>> work)
    {
        await work();
        var watch = Stopwatch.StartNew();
        await work();
        Console.WriteLine($"{label}: {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    private static async Task Time(string label, Func<Task> work) => await Time(label, async () => { await work(); return 0; });
}
