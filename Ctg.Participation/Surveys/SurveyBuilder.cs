using System.Globalization;
using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Surveys.Forms;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Surveys;

/// <summary>
/// Building a survey: its settings, its questions (add, change, move, remove), publishing and closing. Callers check
/// that the person manages the survey's CTG (policy <see cref="SurveyPermissions.Build"/>). Integrity: once a question
/// has answers, its type cannot change, it cannot be removed, and its choices can neither be removed nor reordered;
/// fixing a label (a typo) and adding a choice at the end stay allowed, because neither changes what stored answers mean.
/// </summary>
public sealed class SurveyBuilder(PortalDbContext db, TimeProvider clock, PublicContent.PublicContentChanges? publicContent = null)
{
    public const int TitleMin = 5, TitleMax = 200, IntroductionMax = 4_000, LabelMax = 500, HelpMax = 1_000, ChoiceMax = 300, ChoicesMax = 50;

    public sealed record Settings(string? Title, string? Introduction, int? AxisId, DateOnly? OpensOn, DateOnly? ClosesOn, SurveyAudience Audience);

    public sealed record QuestionDraft(QuestionType Type, string? Label, string? Help, bool Required, int Section, string? Choices, string? Rows,
        bool AllowOther, decimal? Min, decimal? Max, string? Condition);

    public sealed record Outcome(int? Id, FieldErrors Errors);

    public async Task<Outcome> CreateAsync(int conventionId, Settings settings, CancellationToken ct = default)
    {
        var errors = await CheckAsync(conventionId, settings, ct);
        if (errors.Any) return new(null, errors);
        var survey = new Survey { ConventionId = conventionId, Status = SurveyStatus.Draft, CreatedAt = clock.GetUtcNow() };
        Apply(survey, settings);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return new(survey.Id, errors);
    }

    public async Task<FieldErrors> UpdateAsync(int surveyId, Settings settings, CancellationToken ct = default)
    {
        var survey = await db.Surveys.FirstAsync(s => s.Id == surveyId, ct);
        var errors = await CheckAsync(survey.ConventionId, settings, ct);
        if (survey.Status == SurveyStatus.Closed) errors[""] = "Cette enquête est close : ses réglages ne changent plus.";
        if (errors.Any) return errors;
        Apply(survey, settings);
        await db.SaveChangesAsync(ct);
        return errors;
    }

    private static void Apply(Survey survey, Settings settings)
    {
        survey.Title = PortalText.PlainText(settings.Title);
        survey.Introduction = FormValidator.Normalize(settings.Introduction ?? "");
        survey.AxisId = settings.AxisId;
        survey.OpensAt = SurveyDates.StartOf(settings.OpensOn!.Value);
        survey.ClosesAt = SurveyDates.StartOf(settings.ClosesOn!.Value.AddDays(1));
        survey.Audience = settings.Audience;
    }

    private async Task<FieldErrors> CheckAsync(int conventionId, Settings s, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var title = PortalText.PlainText(s.Title);
        if (title.Length is < TitleMin or > TitleMax) errors[nameof(Settings.Title)] = $"Le titre doit compter entre {TitleMin} et {TitleMax} caractères.";
        if ((s.Introduction ?? "").Length > IntroductionMax) errors[nameof(Settings.Introduction)] = $"L'introduction doit compter au plus {IntroductionMax:N0} caractères.";
        if (s.OpensOn is null) errors[nameof(Settings.OpensOn)] = "Indiquez la date d'ouverture (jj/mm/aaaa).";
        if (s.ClosesOn is null) errors[nameof(Settings.ClosesOn)] = "Indiquez la date de clôture (jj/mm/aaaa).";
        else if (s.OpensOn is { } opens && s.ClosesOn < opens) errors[nameof(Settings.ClosesOn)] = "La date de clôture doit suivre la date d'ouverture.";
        if (!Enum.IsDefined(s.Audience)) errors[nameof(Settings.Audience)] = "Choisissez qui peut répondre.";
        if (s.AxisId is { } axis && !await db.Axes.AnyAsync(a => a.Id == axis && a.ConventionId == conventionId, ct))
            errors[nameof(Settings.AxisId)] = "Choisissez un axe de cette CTG.";
        return errors;
    }

    /// <summary>Adds a question at the end (questionId null) or changes one.</summary>
    public async Task<Outcome> SaveQuestionAsync(int surveyId, int? questionId, QuestionDraft draft, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var survey = await db.Surveys.Include(s => s.Questions).ThenInclude(q => q.Choices).FirstAsync(s => s.Id == surveyId, ct);
        if (survey.Status == SurveyStatus.Closed) { errors[""] = "Cette enquête est close : ses questions ne changent plus."; return new(null, errors); }
        var question = questionId is null ? null : survey.Questions.FirstOrDefault(q => q.Id == questionId);
        if (questionId is not null && question is null) { errors[""] = "Cette question n'existe pas."; return new(null, errors); }
        var answered = question is not null && await db.SurveyAnswers.AnyAsync(a => a.QuestionId == question.Id, ct);

        if (!Enum.IsDefined(draft.Type)) errors[nameof(QuestionDraft.Type)] = "Choisissez un type de question.";
        var label = FormValidator.Normalize(draft.Label ?? "");
        if (label.Length is < 3 or > LabelMax) errors[nameof(QuestionDraft.Label)] = $"L'intitulé doit compter entre 3 et {LabelMax} caractères.";
        var help = FormValidator.Normalize(draft.Help ?? "");
        if (help.Length > HelpMax) errors[nameof(QuestionDraft.Help)] = $"L'aide doit compter au plus {HelpMax:N0} caractères.";
        if (draft.Section is < 1 or > 20) errors[nameof(QuestionDraft.Section)] = "Choisissez une étape entre 1 et 20.";
        if (answered && question!.Type != draft.Type)
            errors[nameof(QuestionDraft.Type)] = "Cette question a déjà des réponses : son type ne peut plus changer (les réponses reçues n'auraient plus de sens). Créez une nouvelle question.";

        var needsChoices = draft.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Ranking or QuestionType.Matrix;
        var choices = needsChoices ? Lines(draft.Choices) : [];
        var rows = draft.Type == QuestionType.Matrix ? Lines(draft.Rows) : [];
        if (needsChoices && choices.Count < 2) errors[nameof(QuestionDraft.Choices)] = "Saisissez au moins deux choix, un par ligne.";
        else if (choices.Count > ChoicesMax || choices.Any(c => c.Length > ChoiceMax))
            errors[nameof(QuestionDraft.Choices)] = $"Au plus {ChoicesMax} choix de {ChoiceMax} caractères chacun.";
        else if (choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() != choices.Count) errors[nameof(QuestionDraft.Choices)] = "Deux choix portent le même libellé.";
        if (draft.Type == QuestionType.Matrix && rows.Count < 1) errors[nameof(QuestionDraft.Rows)] = "Saisissez au moins une ligne du tableau, une par ligne.";
        else if (rows.Count > ChoicesMax || rows.Any(c => c.Length > ChoiceMax)) errors[nameof(QuestionDraft.Rows)] = $"Au plus {ChoicesMax} lignes de {ChoiceMax} caractères chacune.";

        if (draft.Min is { } min && draft.Max is { } max && min > max) errors[nameof(QuestionDraft.Max)] = "Le maximum doit être supérieur ou égal au minimum.";
        if (draft.Type == QuestionType.MultipleChoice && (draft.Min is < 0 || draft.Max is < 1 || draft.Max > choices.Count + (draft.AllowOther ? 1 : 0)))
            errors[nameof(QuestionDraft.Max)] = "Le nombre de réponses à cocher doit rester entre 0 et le nombre de choix.";
        if (draft.Min is { } m && Math.Abs(m) > FormValidator.NumberLimit || draft.Max is { } x && Math.Abs(x) > FormValidator.NumberLimit)
            errors[nameof(QuestionDraft.Max)] = "Bornes trop grandes.";

        if (answered && !errors.ContainsKey(nameof(QuestionDraft.Type)))
        {
            if (KeepsChoices(question!, isRow: false, choices) is { } problem) errors[nameof(QuestionDraft.Choices)] = problem;
            if (KeepsChoices(question!, isRow: true, rows) is { } rowProblem) errors[nameof(QuestionDraft.Rows)] = rowProblem;
        }

        // Condition: "question id:choice id" of an earlier single/multiple choice question.
        (int Question, int Choice)? condition = null;
        if (!string.IsNullOrEmpty(draft.Condition))
        {
            var parts = draft.Condition.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var cq) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var cc))
            {
                errors[nameof(QuestionDraft.Condition)] = "Choisissez une condition proposée.";
            }
            else
            {
                var source = survey.Questions.FirstOrDefault(q => q.Id == cq);
                var before = source is not null && (question is null || source.Section < draft.Section || source.Section == draft.Section && source.Position < question.Position);
                if (source is null || !before || source.Type is not (QuestionType.SingleChoice or QuestionType.MultipleChoice) || source.Choices.All(c => c.Id != cc || c.IsRow))
                    errors[nameof(QuestionDraft.Condition)] = "La condition doit porter sur un choix d'une question à choix placée avant celle-ci.";
                else condition = (cq, cc);
            }
        }
        if (errors.Any) return new(null, errors);

        if (question is null)
        {
            question = new Question { SurveyId = surveyId, Position = survey.Questions.Select(q => q.Position).DefaultIfEmpty(0).Max() + 1 };
            survey.Questions.Add(question);
        }
        question.Type = draft.Type;
        question.Label = label;
        question.Help = help.Length == 0 ? null : help;
        question.Required = draft.Required;
        question.Section = draft.Section;
        question.AllowOther = draft.AllowOther && draft.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;
        question.Min = draft.Type is QuestionType.Number or QuestionType.MultipleChoice ? draft.Min : null;
        question.Max = draft.Type is QuestionType.Number or QuestionType.MultipleChoice ? draft.Max : null;
        question.ConditionQuestionId = condition?.Question;
        question.ConditionChoiceId = condition?.Choice;
        SyncChoices(question, isRow: false, choices);
        SyncChoices(question, isRow: true, rows);
        await db.SaveChangesAsync(ct);
        return new(question.Id, errors);
    }

    /// <summary>Existing choices keep their id by position (a changed label is a typo fix); extra lines become new choices.</summary>
    private void SyncChoices(Question question, bool isRow, List<string> labels)
    {
        var existing = question.Choices.Where(c => c.IsRow == isRow).OrderBy(c => c.Position).ToList();
        for (var i = 0; i < labels.Count; i++)
        {
            if (i < existing.Count) { existing[i].Label = labels[i]; existing[i].Position = i + 1; }
            else question.Choices.Add(new QuestionChoice { IsRow = isRow, Label = labels[i], Position = i + 1 });
        }
        foreach (var gone in existing.Skip(labels.Count))
        {
            question.Choices.Remove(gone);
            db.SurveyQuestionChoices.Remove(gone);
        }
    }

    private static string? KeepsChoices(Question question, bool isRow, List<string> labels)
    {
        var existing = question.Choices.Where(c => c.IsRow == isRow).OrderBy(c => c.Position).ToList();
        if (labels.Count < existing.Count)
            return $"Cette question a déjà des réponses : vous ne pouvez pas retirer {(isRow ? "de ligne" : "de choix")}. Vous pouvez corriger un libellé ou en ajouter à la fin.";
        // A label moved to another line would silently give its answers to another choice.
        for (var i = 0; i < existing.Count; i++)
        {
            var movedFrom = existing.FindIndex(e => string.Equals(e.Label, labels[i], StringComparison.OrdinalIgnoreCase));
            if (movedFrom >= 0 && movedFrom != i)
                return "Cette question a déjà des réponses : l'ordre de ses choix ne peut plus changer. Vous pouvez corriger un libellé ou en ajouter à la fin.";
        }
        return null;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => FormValidator.Normalize(l)).Where(l => l.Length > 0).ToList();

    public async Task<string?> RemoveQuestionAsync(int surveyId, int questionId, CancellationToken ct = default)
    {
        var question = await db.SurveyQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.SurveyId == surveyId, ct);
        if (question is null) return "Cette question n'existe pas.";
        if (await db.SurveyAnswers.AnyAsync(a => a.QuestionId == questionId, ct))
            return "Cette question a déjà des réponses : elle ne peut plus être supprimée (les résultats et l'export en dépendent).";
        if (await db.SurveyQuestions.AnyAsync(q => q.ConditionQuestionId == questionId, ct))
            return "Une autre question n'est affichée que selon la réponse à celle-ci : retirez d'abord cette condition.";
        db.SurveyQuestions.Remove(question);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Swaps the question with its neighbour in the list (sections first, then positions).</summary>
    public async Task<string?> MoveQuestionAsync(int surveyId, int questionId, bool up, CancellationToken ct = default)
    {
        var questions = await db.SurveyQuestions.Where(q => q.SurveyId == surveyId).OrderBy(q => q.Section).ThenBy(q => q.Position).ToListAsync(ct);
        var index = questions.FindIndex(q => q.Id == questionId);
        if (index < 0) return "Cette question n'existe pas.";
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= questions.Count) return null;
        var (a, b) = (questions[index], questions[other]);
        if (a.Section != b.Section) return "Pour changer une question d'étape, modifiez son étape.";
        // A question cannot move above the question its condition depends on.
        if (up && a.ConditionQuestionId == b.Id || !up && b.ConditionQuestionId == a.Id)
            return "Une question à condition reste après la question dont elle dépend.";
        (a.Position, b.Position) = (b.Position, a.Position);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> PublishAsync(int surveyId, CancellationToken ct = default)
    {
        var survey = await db.Surveys.FirstAsync(s => s.Id == surveyId, ct);
        if (survey.Status != SurveyStatus.Draft) return "Cette enquête est déjà publiée.";
        if (!await db.SurveyQuestions.AnyAsync(q => q.SurveyId == surveyId, ct)) return "Ajoutez au moins une question avant de publier.";
        if (survey.ClosesAt <= clock.GetUtcNow()) return "La date de clôture est passée : changez-la avant de publier.";
        survey.Status = SurveyStatus.Published;
        survey.PublishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> CloseAsync(int surveyId, CancellationToken ct = default)
    {
        var survey = await db.Surveys.FirstAsync(s => s.Id == surveyId, ct);
        if (survey.Status != SurveyStatus.Published) return "Seule une enquête publiée peut être close.";
        survey.Status = SurveyStatus.Closed;
        survey.ClosedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task SetPublicResultsAsync(int surveyId, bool isPublic, CancellationToken ct = default)
    {
        await db.Surveys.Where(s => s.Id == surveyId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PublicResults, isPublic), ct);
        await (publicContent?.TouchAsync(PublicContent.PublicPages.Surveys) ?? Task.CompletedTask);
    }
}
