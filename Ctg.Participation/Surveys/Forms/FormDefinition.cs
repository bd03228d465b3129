namespace Ctg.Participation.Surveys.Forms;

/// <summary>
/// The forms engine: question types, conditions, validation and counting, independent of where a form is stored.
/// Surveys use it today; meeting registrations can reuse it by building a <see cref="FormDefinition"/> from their own tables.
/// </summary>
public enum QuestionType
{
    ShortText = 0,
    LongText = 1,
    SingleChoice = 2,
    MultipleChoice = 3,
    Scale5 = 4,
    Scale10 = 5,
    Number = 6,
    Date = 7,
    /// <summary>One commune of the CTG: the choices are the CTG's communes, the stored choice id is the municipality id.</summary>
    Commune = 8,
    /// <summary>Put every choice in order: one answer row per choice with its rank in NumberValue.</summary>
    Ranking = 9,
    /// <summary>Rows × one column choice per row: one answer row per row (RowId) with the column in ChoiceId.</summary>
    Matrix = 10,
}

public sealed record FormOption(int Id, string Label);

/// <summary>"Shown when question <see cref="QuestionId"/> has choice <see cref="ChoiceId"/>".</summary>
public sealed record FormCondition(int QuestionId, int ChoiceId);

/// <summary>
/// One question as the engine sees it. <see cref="Min"/>/<see cref="Max"/> bound a number, or the count of selections
/// of a multiple choice. <see cref="Section"/> is the step (1-based) the question is shown in.
/// </summary>
public sealed record FormQuestion(
    int Id,
    int Section,
    QuestionType Type,
    string Label,
    string? Help,
    bool Required,
    IReadOnlyList<FormOption> Choices,
    IReadOnlyList<FormOption> Rows,
    bool AllowOther = false,
    decimal? Min = null,
    decimal? Max = null,
    FormCondition? Condition = null)
{
    public string Key => FormKeys.Question(Id);

    public bool IsChoice => Type is QuestionType.SingleChoice or QuestionType.MultipleChoice;

    public bool IsFreeText => Type is QuestionType.ShortText or QuestionType.LongText;
}

/// <summary>A whole form: its questions in order (sections ascending, then position).</summary>
public sealed record FormDefinition(IReadOnlyList<FormQuestion> Questions)
{
    public IReadOnlyList<int> Sections => Questions.Select(q => q.Section).Distinct().Order().ToList();

    public FormQuestion? Find(int id) => Questions.FirstOrDefault(q => q.Id == id);
}

/// <summary>
/// One stored value of an answer, the shape of the answer table: a choice, a matrix cell (row + column choice),
/// a ranked choice (choice + rank), a number, a text or a date. A multiple choice gives one value per selected choice.
/// "Autre" is a value with no choice and the free text.
/// </summary>
public sealed record AnswerValue(int QuestionId, int? ChoiceId = null, int? RowId = null, decimal? NumberValue = null, string? TextValue = null, DateOnly? DateValue = null);

/// <summary>Names of the form fields, shared by the renderer and the parser.</summary>
public static class FormKeys
{
    public static string Question(int id) => $"q{id}";
    public static string Other(int id) => $"q{id}-autre";
    public static string Row(int id, int rowId) => $"q{id}-l{rowId}";
    public static string Rank(int id, int choiceId) => $"q{id}-c{choiceId}";

    /// <summary>The question a posted key belongs to (q12, q12-autre, q12-l3…), or null when it is not a question field.</summary>
    public static int? QuestionOf(string key)
    {
        if (key.Length < 2 || key[0] != 'q' || !char.IsAsciiDigit(key[1])) return null;
        var end = 1;
        while (end < key.Length && char.IsAsciiDigit(key[end])) end++;
        if (end < key.Length && key[end] != '-') return null;
        return int.TryParse(key.AsSpan(1, end - 1), out var id) ? id : null;
    }
}
