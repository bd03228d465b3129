using Ctg.Participation.Surveys.Forms;

namespace Ctg.Participation.Tests.Surveys;

/// <summary>The forms engine's rules, without storage: types, bounds, conditions, forged values.</summary>
public sealed class FormValidatorTests
{
    private static readonly FormQuestion Children = new(1, 1, QuestionType.SingleChoice, "Avez-vous des enfants ?", null, true,
        [new(10, "Oui"), new(11, "Non")], []);
    private static readonly FormQuestion Ages = new(2, 1, QuestionType.MultipleChoice, "Leurs âges", null, true,
        [new(20, "0-3 ans"), new(21, "4-11 ans"), new(22, "12-17 ans")], [], AllowOther: true, Min: 1, Max: 2, Condition: new(1, 10));
    private static readonly FormQuestion Count = new(3, 2, QuestionType.Number, "Combien ?", null, true, [], [], Min: 1, Max: 12, Condition: new(1, 10));
    private static readonly FormQuestion Since = new(4, 2, QuestionType.Date, "Depuis quand ?", null, false, [], []);
    private static readonly FormQuestion Comment = new(5, 2, QuestionType.ShortText, "Un mot ?", null, false, [], []);
    private static readonly FormQuestion Rank = new(6, 2, QuestionType.Ranking, "Classez", null, false, [new(60, "A"), new(61, "B")], []);
    private static readonly FormQuestion Grid = new(7, 2, QuestionType.Matrix, "Tableau", null, true, [new(70, "Oui"), new(71, "Non")], [new(75, "Crèche"), new(76, "Centre")]);
    private static readonly FormQuestion Score = new(8, 2, QuestionType.Scale10, "Note", null, false, [], []);
    private static readonly FormDefinition Form = new([Children, Ages, Count, Since, Comment, Rank, Grid, Score]);

    private static Dictionary<string, IReadOnlyList<string>> Fields(params (string Key, string Value)[] values) =>
        values.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(v => v.Value).ToList());

    private static readonly (string, string)[] Grid2 = [("q7-l75", "70"), ("q7-l76", "71")];

    [Fact]
    public void A_required_question_left_empty_gets_a_french_message_beside_it()
    {
        var result = FormValidator.ValidateSection(Form, 1, [], Fields());
        Assert.Equal("Choisissez une réponse.", result.Errors["q1"]);
        Assert.False(result.Forged);
    }

    [Fact]
    public void A_question_hidden_by_its_condition_is_not_required_and_its_answer_is_refused()
    {
        var skipped = FormValidator.ValidateSection(Form, 1, [], Fields(("q1", "11")));
        Assert.True(skipped.IsValid);
        Assert.Equal([new AnswerValue(1, ChoiceId: 11)], skipped.Values);

        var sent = FormValidator.ValidateSection(Form, 1, [], Fields(("q1", "11"), ("q2", "20")));
        Assert.Contains("ne s'applique pas", sent.Errors["q2"]);
        Assert.DoesNotContain(sent.Values, v => v.QuestionId == 2);
    }

    [Fact]
    public void A_condition_in_an_earlier_step_is_evaluated_from_the_kept_answers()
    {
        var shown = FormValidator.ValidateSection(Form, 2, [new AnswerValue(1, ChoiceId: 10)], Fields(Grid2));
        Assert.Equal("Saisissez un nombre.", shown.Errors["q3"]);

        var hidden = FormValidator.ValidateSection(Form, 2, [new AnswerValue(1, ChoiceId: 11)], Fields(Grid2));
        Assert.True(hidden.IsValid, string.Join(" ", hidden.Errors.Values));
    }

    [Fact]
    public void A_tampered_choice_id_is_a_forged_request()
    {
        var result = FormValidator.ValidateSection(Form, 1, [], Fields(("q1", "99")));
        Assert.True(result.Forged);
        Assert.Empty(result.Values);
    }

    [Fact]
    public void An_unknown_question_or_one_of_another_step_is_a_forged_request()
    {
        Assert.True(FormValidator.ValidateSection(Form, 1, [], Fields(("q1", "10"), ("q2", "20"), ("q999", "x"))).Forged);
        Assert.True(FormValidator.ValidateSection(Form, 1, [], Fields(("q1", "10"), ("q2", "20"), ("q5", "bonjour"))).Forged);
    }

    [Fact]
    public void Numbers_out_of_bounds_dates_that_do_not_parse_and_over_long_texts_are_refused()
    {
        var known = new List<AnswerValue> { new(1, ChoiceId: 10) };
        var result = FormValidator.ValidateSection(Form, 2, known, Fields([("q3", "13"), ("q4", "31/02/2026"), ("q5", new string('a', 301)), .. Grid2]));
        Assert.Equal("Saisissez un nombre entre 1 et 12.", result.Errors["q3"]);
        Assert.Contains("date valide", result.Errors["q4"]);
        Assert.Contains("au plus 300 caractères", result.Errors["q5"]);
        Assert.Equal("Saisissez un nombre, par exemple 12 ou 3,5.", FormValidator.ValidateSection(Form, 2, known, Fields([("q3", "douze"), .. Grid2])).Errors["q3"]);

        var ok = FormValidator.ValidateSection(Form, 2, known, Fields([("q3", "2,5"), ("q4", "2026-02-28"), ("q5", " bien "), .. Grid2]));
        Assert.True(ok.IsValid);
        Assert.Contains(new AnswerValue(3, NumberValue: 2.5m), ok.Values);
        Assert.Contains(new AnswerValue(4, DateValue: new DateOnly(2026, 2, 28)), ok.Values);
        Assert.Contains(new AnswerValue(5, TextValue: "bien"), ok.Values);
    }

    [Fact]
    public void Multiple_choice_respects_its_bounds_and_other_needs_its_text()
    {
        Assert.Equal("Cochez au plus 2 réponses.", FormValidator.ValidateSection(Form, 1, [], Fields(("q1", "10"), ("q2", "20"), ("q2", "21"), ("q2", "22"))).Errors["q2"]);
        Assert.Equal("Précisez votre réponse « Autre ».", FormValidator.ValidateSection(Form, 1, [], Fields(("q1", "10"), ("q2", "autre"))).Errors["q2"]);
        var other = FormValidator.ValidateSection(Form, 1, [], Fields(("q1", "10"), ("q2", "20"), ("q2", "autre"), ("q2-autre", "Jumeaux")));
        Assert.True(other.IsValid);
        Assert.Contains(new AnswerValue(2, TextValue: "Jumeaux"), other.Values);
        Assert.Contains(new AnswerValue(2, ChoiceId: 20), other.Values);
    }

    [Fact]
    public void Ranking_needs_distinct_ranks_and_matrix_a_known_column_per_row()
    {
        var known = new List<AnswerValue> { new(1, ChoiceId: 11) };
        Assert.Equal("Chaque rang ne peut servir qu'une fois.", FormValidator.ValidateSection(Form, 2, known, Fields([("q6-c60", "1"), ("q6-c61", "1"), .. Grid2])).Errors["q6"]);
        Assert.Equal("Répondez pour chaque ligne.", FormValidator.ValidateSection(Form, 2, known, Fields(("q7-l75", "70"))).Errors["q7"]);
        Assert.True(FormValidator.ValidateSection(Form, 2, known, Fields(("q7-l75", "70"), ("q7-l76", "77"))).Forged);
        Assert.True(FormValidator.ValidateSection(Form, 2, known, Fields([("q8", "11"), .. Grid2])).Forged);
        var ok = FormValidator.ValidateSection(Form, 2, known, Fields([("q6-c60", "2"), ("q6-c61", "1"), ("q8", "0"), .. Grid2]));
        Assert.True(ok.IsValid);
        Assert.Contains(new AnswerValue(6, ChoiceId: 61, NumberValue: 1), ok.Values);
        Assert.Contains(new AnswerValue(7, ChoiceId: 71, RowId: 76), ok.Values);
        Assert.Contains(new AnswerValue(8, NumberValue: 0), ok.Values);
    }

    [Fact]
    public void Completing_drops_answers_hidden_by_a_changed_earlier_answer_and_names_a_missing_required_question()
    {
        var values = new List<AnswerValue> { new(1, ChoiceId: 11), new(3, NumberValue: 2), new(7, ChoiceId: 70, RowId: 75) };
        var (kept, missing) = FormValidator.Complete(Form, values);
        Assert.DoesNotContain(kept, v => v.QuestionId == 3);
        Assert.Null(missing);

        var (_, missingAges) = FormValidator.Complete(Form, [new AnswerValue(1, ChoiceId: 10)]);
        Assert.Equal(2, missingAges?.Id);
    }
}
