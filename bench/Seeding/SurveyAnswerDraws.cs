using Ctg.Participation.Surveys.Forms;

namespace Ctg.Participation.Bench.Seeding;

/// <summary>
/// Random answers of completed survey responses, in the shape of the answer table (<see cref="AnswerValue"/>): shared by
/// the department generator (<see cref="Parts.SurveysPart"/>) and the survey benchmark (<see cref="SurveyBenchmark"/>).
/// Choices are drawn with per-question weights so that results are not flat; optional free texts are answered by some.
/// </summary>
public static class SurveyAnswerDraws
{
    /// <summary>
    /// One question as the draws see it. <see cref="Choices"/> are the choice ids (empty for scales, texts and the
    /// commune, whose value the caller gives), <see cref="Weights"/> their relative popularity (same length).
    /// </summary>
    public sealed record DrawnQuestion(int Id, QuestionType Type, IReadOnlyList<int> Choices, IReadOnlyList<double> Weights, bool Required, int MaxSelections = 3)
    {
        public static DrawnQuestion Of(int id, QuestionType type, IReadOnlyList<int> choices, Random random, bool required = true, int maxSelections = 3) =>
            new(id, type, choices, choices.Select(_ => 0.2 + random.NextDouble()).ToArray(), required, maxSelections);
    }

    /// <summary>Share of respondents who fill an optional short text, and an optional long text.</summary>
    public const double ShortTextRate = 0.4, LongTextRate = 0.1;

    /// <summary>
    /// The values of one response to <paramref name="question"/>: none for an unanswered optional question, one per
    /// selected choice for a multiple choice. <paramref name="municipalityId"/> is the commune answer;
    /// <paramref name="text"/> writes a free text when one is given.
    /// </summary>
    public static void Draw(Random random, DrawnQuestion question, int? municipalityId, Func<string> text, List<AnswerValue> into)
    {
        switch (question.Type)
        {
            case QuestionType.SingleChoice:
                into.Add(new(question.Id, ChoiceId: question.Choices[Weighted(random, question.Weights)]));
                break;
            case QuestionType.MultipleChoice:
                var count = 1 + random.Next(Math.Min(question.MaxSelections, question.Choices.Count));
                var picked = new HashSet<int>();
                while (picked.Count < count) picked.Add(Weighted(random, question.Weights));
                foreach (var index in picked.Order()) into.Add(new(question.Id, ChoiceId: question.Choices[index]));
                break;
            case QuestionType.Scale5:
                // Mostly satisfied, a tail of unhappy answers.
                into.Add(new(question.Id, NumberValue: random.NextDouble() switch { < 0.07 => 1, < 0.17 => 2, < 0.40 => 3, < 0.78 => 4, _ => 5 }));
                break;
            case QuestionType.Scale10:
                into.Add(new(question.Id, NumberValue: Math.Clamp((int)Math.Round(7 + 2 * Normal(random)), 0, 10)));
                break;
            case QuestionType.Commune when municipalityId is { } m:
                into.Add(new(question.Id, ChoiceId: m));
                break;
            case QuestionType.ShortText or QuestionType.LongText:
                var rate = question.Type == QuestionType.ShortText ? ShortTextRate : LongTextRate;
                if (question.Required || random.NextDouble() < rate) into.Add(new(question.Id, TextValue: text()));
                break;
        }
    }

    public static int Weighted(Random random, IReadOnlyList<double> weights)
    {
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0) return i;
        }
        return weights.Count - 1;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
