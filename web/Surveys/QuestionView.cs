using Ctg.Participation.Surveys.Forms;

namespace Ctg.Participation.Web.Surveys;

/// <summary>What the question partial renders: the question, the values to show, its error, and its condition in words.</summary>
public sealed record QuestionView(FormQuestion Question, IReadOnlyDictionary<string, IReadOnlyList<string>> Values, string? Error,
    bool Disabled = false, string? ConditionText = null)
{
    /// <summary>"Répondez seulement si…" for a question whose condition is in the same step (shown and hidden by script).</summary>
    public static string? Condition(FormDefinition form, FormQuestion q, bool sameStepOnly = true)
    {
        if (q.Condition is not { } c || form.Find(c.QuestionId) is not { } source) return null;
        if (sameStepOnly && source.Section != q.Section) return null;
        var choice = source.Choices.FirstOrDefault(x => x.Id == c.ChoiceId)?.Label ?? "";
        return $"Répondez seulement si vous avez choisi « {choice} » à la question « {source.Label} ».";
    }
}
