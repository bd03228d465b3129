using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// Enquêtes of the CTGs (diagnostic partagé), each on one axis with five to eight questions over two steps (single and
/// multiple choice, the commune, scales, short and long texts), published for three to ten weeks, some closed early by
/// their coordinator. Responses are completed (answer rows, no draft): residents of the survey's CTG, each once, and for
/// surveys open to all, anonymous browsers. Responses per survey are uneven (a log-normal weight, more in large CTGs).
/// </summary>
public sealed class SurveysPart : ISeedPart
{
    public string Name => "Surveys";

    private const int MinutesToAnswer = 20;

    public string Run(SeedContext context)
    {
        var world = context.World;
        var options = context.Options;
        var random = context.Random;
        if (options.Surveys == 0 || world.Ctgs.Count == 0) return "no surveys";

        var ctgs = Enumerable.Range(0, options.Surveys).Select(_ => world.Ctgs[PickCtg(random, world.Ctgs)]).ToList();
        var perSurvey = AccountsPart.Apportion(options.SurveyResponses, ctgs.Select(c => context.LogNormal(0.9) * Math.Sqrt(c.Population)).ToArray());
        int questionId = 0, choiceId = 0, responseId = 0, answerId = 0, anonymous = 0;
        var values = new List<AnswerValue>();
        for (var s = 0; s < options.Surveys; s++)
        {
            var ctg = ctgs[s];
            var surveyId = s + 1;
            var axis = context.Pick(ctg.Axes);
            var (survey, end) = NewSurvey(context, surveyId, ctg, axis);
            var responses = perSurvey[s];
            if (survey.Audience == SurveyAudience.AccountRequired && responses > ctg.ResidentCount) survey.Audience = SurveyAudience.AnonymousAllowed;
            context.Insert(survey);

            // The questions, in two steps, and their choices.
            var questions = new List<SurveyAnswerDraws.DrawnQuestion>();
            var position = 0;
            foreach (var template in Questions(random))
            {
                var question = new Question
                {
                    Id = ++questionId, SurveyId = surveyId, Position = ++position, Section = position <= 3 ? 1 : 2, Type = template.Type,
                    Label = template.Label, Help = template.Help, Required = template.Type is not (QuestionType.ShortText or QuestionType.LongText),
                    Min = template.Type == QuestionType.MultipleChoice ? 1 : null, Max = template.Type == QuestionType.MultipleChoice ? 3 : null,
                };
                context.Insert(question);
                var choices = new List<int>();
                for (var k = 0; k < template.Choices.Length; k++)
                {
                    context.Insert(new QuestionChoice { Id = ++choiceId, QuestionId = question.Id, Position = k + 1, Label = template.Choices[k] });
                    choices.Add(choiceId);
                }
                questions.Add(SurveyAnswerDraws.DrawnQuestion.Of(question.Id, question.Type, choices, random, question.Required));
            }

            // Respondents: distinct residents of the CTG (a partial shuffle), then anonymous browsers when allowed.
            var accounts = survey.Audience == SurveyAudience.AccountRequired ? responses : Math.Min(responses, (int)(responses * (0.25 + 0.3 * random.NextDouble())));
            accounts = Math.Min(accounts, ctg.ResidentCount);
            var residents = Enumerable.Range(0, ctg.ResidentCount).ToArray();
            for (var r = 0; r < responses; r++)
            {
                string? userId = null, browser = null;
                if (r < accounts)
                {
                    var k = r + random.Next(residents.Length - r);
                    (residents[r], residents[k]) = (residents[k], residents[r]);
                    userId = world.Residents[ctg.FirstResident + residents[r]];
                }
                else
                {
                    browser = context.NextGuid().ToString("N");
                    anonymous++;
                }
                // Answers come early (the launch) and tail off until the survey ends.
                var completed = survey.OpensAt + (end - survey.OpensAt) * Math.Pow(random.NextDouble(), 1.8);
                context.Insert(new SurveyResponse
                {
                    Id = ++responseId, SurveyId = surveyId, UserId = userId, BrowserToken = browser,
                    CompletionToken = context.NextGuid().ToString("N"), Status = SurveyResponseStatus.Completed, Section = 2,
                    StartedAt = completed.AddMinutes(-1 - random.Next(MinutesToAnswer)), CompletedAt = completed,
                });
                values.Clear();
                var municipality = ctg.Municipalities[ctg.PickMunicipality(random)].Id;
                foreach (var question in questions)
                {
                    SurveyAnswerDraws.Draw(random, question, municipality, () => Answer(random, question.Type), values);
                }
                foreach (var value in values)
                {
                    context.Insert(new SurveyAnswer
                    {
                        Id = ++answerId, ResponseId = responseId, QuestionId = value.QuestionId, ChoiceId = value.ChoiceId, RowId = value.RowId,
                        NumberValue = value.NumberValue is { } n ? (double)n : null, TextValue = value.TextValue,
                    });
                }
            }
        }
        return $"{options.Surveys} surveys, {questionId} questions, {responseId} responses ({anonymous} anonymous), {answerId} answers";
    }

    /// <summary>A survey of the CTG on the axis, and the moment its answers stop (its end, or the generator's "today").</summary>
    private static (Survey Survey, DateTimeOffset End) NewSurvey(SeedContext context, int id, CtgSeed ctg, (int Id, string Slug, string Name) axis)
    {
        var options = context.Options;
        var random = context.Random;
        var first = SurveyDates.DayOf(context.Between(options.Since.AddDays(30), options.Until.AddDays(-14)));
        var last = first.AddDays(20 + random.Next(50));
        var opens = SurveyDates.StartOf(first);
        var closes = SurveyDates.StartOf(last.AddDays(1));
        var published = opens.AddDays(-1 - random.Next(10));
        // A quarter are closed by their coordinator, half of those before their close date.
        var closed = random.NextDouble() < 0.25;
        DateTimeOffset? closedAt = !closed ? null
            : random.NextDouble() < 0.5 ? context.Between(opens.AddDays(7), closes) : closes.AddDays(random.Next(1, 10));
        var survey = new Survey
        {
            Id = id, ConventionId = ctg.Id, AxisId = axis.Id,
            Title = context.Pick(Titles.TryGetValue(axis.Slug, out var titles) ? titles : GenericTitles) + " — " + ctg.Name,
            Introduction = $"La CTG {ctg.Name} prépare son diagnostic partagé « {axis.Name} ». Vos réponses, anonymes dans les résultats, "
                + "aideront les communes, la Caf et leurs partenaires à choisir les actions des prochaines années. Comptez cinq minutes.",
            OpensAt = opens, ClosesAt = closes,
            Audience = random.NextDouble() < 0.3 ? SurveyAudience.AccountRequired : SurveyAudience.AnonymousAllowed,
            Status = closed ? SurveyStatus.Closed : SurveyStatus.Published,
            PublicResults = random.NextDouble() < 0.4,
            CreatedAt = published.AddDays(-1 - random.Next(20)), PublishedAt = published, ClosedAt = closedAt,
        };
        var end = survey.EndsAt < options.Until ? survey.EndsAt : options.Until;
        if (closedAt > options.Until) survey.ClosedAt = null;
        if (survey.ClosedAt is null) survey.Status = SurveyStatus.Published;
        return (survey, end);
    }

    private static int PickCtg(Random random, IReadOnlyList<CtgSeed> ctgs)
    {
        var weights = ctgs.Select(c => Math.Sqrt(c.Population)).ToArray();
        return SurveyAnswerDraws.Weighted(random, weights);
    }

    private sealed record Template(QuestionType Type, string Label, string? Help, string[] Choices);

    /// <summary>The questions of one survey: the profile, the commune, the services, satisfaction, then some of the optional ones.</summary>
    private static IEnumerable<Template> Questions(Random random)
    {
        yield return new(QuestionType.SingleChoice, "Quelle est votre situation familiale ?", null,
            ["Parent d'un enfant de moins de 3 ans", "Parent d'enfants de 3 à 11 ans", "Parent d'adolescents", "Sans enfant à charge", "Grand-parent"]);
        yield return new(QuestionType.Commune, "Dans quelle commune habitez-vous ?", null, []);
        yield return new(QuestionType.MultipleChoice, "Quels services utilisez-vous aujourd'hui ?", "Trois réponses au plus.",
            ["Crèche ou micro-crèche", "Assistante maternelle", "Accueil de loisirs", "Espace jeunes", "Centre social", "Permanence Caf", "Médiathèque", "Transport à la demande"]);
        yield return new(QuestionType.Scale5, "Êtes-vous satisfait de l'offre actuelle près de chez vous ?", "1 : pas du tout, 5 : tout à fait.", []);
        if (random.NextDouble() < 0.6)
            yield return new(QuestionType.Scale10, "Recommanderiez-vous ces services à un proche ?", "0 : certainement pas, 10 : certainement.", []);
        if (random.NextDouble() < 0.6)
            yield return new(QuestionType.SingleChoice, "Comment avez-vous connu cette enquête ?", null,
                ["Affiche en mairie", "École ou crèche", "Réseaux sociaux", "Bouche à oreille", "Courriel de la Caf"]);
        if (random.NextDouble() < 0.7)
            yield return new(QuestionType.ShortText, "Quel service manque le plus près de chez vous ?", null, []);
        yield return new(QuestionType.LongText, "Avez-vous d'autres remarques ou idées ?", null, []);
    }

    private static string Answer(Random random, QuestionType type) => type == QuestionType.ShortText
        ? ShortAnswers[random.Next(ShortAnswers.Length)]
        : Texts.Sentences[random.Next(Texts.Sentences.Length)] + (random.NextDouble() < 0.5 ? " " + Texts.Sentences[random.Next(Texts.Sentences.Length)] : "");

    private static readonly string[] ShortAnswers =
    [
        "Une crèche", "Un accueil le mercredi", "Un espace jeunes", "Des transports le soir", "Une permanence Caf", "Un pédiatre",
        "Une aide aux devoirs", "Un lieu pour les parents", "Des activités le week-end", "Un médecin", "Rien, tout va bien", "Une piscine",
    ];

    private static readonly string[] GenericTitles = ["Enquête auprès des habitants", "Vos besoins et vos idées", "Diagnostic partagé : votre avis"];

    private static readonly Dictionary<string, string[]> Titles = new()
    {
        ["petite-enfance"] = ["Modes de garde des tout-petits", "Vos besoins d'accueil petite enfance"],
        ["enfance-jeunesse"] = ["Loisirs des enfants et des jeunes", "Que faire après l'école ?"],
        ["parentalite"] = ["Être parent sur notre territoire", "Vos attentes en soutien à la parentalité"],
        ["animation-vie-sociale"] = ["La vie de votre quartier", "Lieux de rencontre et vie associative"],
        ["logement"] = ["Se loger sur le territoire", "Logement des jeunes et des familles"],
        ["acces-aux-droits"] = ["Accès aux droits et aux démarches", "Vos démarches administratives"],
        ["inclusion-numerique"] = ["Le numérique au quotidien", "Démarches en ligne : où en êtes-vous ?"],
        ["mobilite"] = ["Vos déplacements au quotidien", "Se déplacer sans voiture"],
        ["handicap"] = ["Handicap et accueil des enfants", "Familles et handicap : vos besoins"],
    };
}
