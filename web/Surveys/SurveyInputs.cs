using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;

namespace Ctg.Participation.Web.Surveys;

/// <summary>The survey settings form. Its rules live in <see cref="SurveyBuilder"/>.</summary>
public sealed class SurveySettingsInput
{
    public string? Title { get; set; }
    public string? Introduction { get; set; }
    public int? AxisId { get; set; }
    /// <summary>yyyy-MM-dd (a date field) or dd/mm/yyyy.</summary>
    public string? OpensOn { get; set; }
    public string? ClosesOn { get; set; }
    public SurveyAudience Audience { get; set; }

    public SurveyBuilder.Settings ToSettings() => new(Title, Introduction, AxisId, Day(OpensOn), Day(ClosesOn), Audience);

    private static DateOnly? Day(string? text) => text is not null && FormValidator.TryDate(text, out var day) ? day : null;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static SurveySettingsInput From(SurveyDirectory.Header s) => new()
    {
        Title = s.Title, Introduction = s.Introduction, AxisId = s.AxisId, OpensOn = Iso(SurveyDates.DayOf(s.OpensAt)),
        ClosesOn = Iso(SurveyDates.LastDayOf(s.ClosesAt)), Audience = s.Audience,
    };
}

/// <summary>What the settings partial renders: the input (field names "Input.…") and the CTG's axes.</summary>
public sealed record SettingsFormView(SurveySettingsInput Input, IReadOnlyList<(int Id, string Name)> Axes);

/// <summary>The question form: choices and matrix rows one per line; the condition as "question:choice".</summary>
public sealed class QuestionInput
{
    public QuestionType Type { get; set; }
    public string? Label { get; set; }
    public string? Help { get; set; }
    public bool Required { get; set; }
    public int Section { get; set; } = 1;
    public string? Choices { get; set; }
    public string? Rows { get; set; }
    public bool AllowOther { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public string? Condition { get; set; }

    public SurveyBuilder.QuestionDraft ToDraft() => new(Type, Label, Help, Required, Section, Choices, Rows, AllowOther, Min, Max, Condition);

    public static QuestionInput From(Question q) => new()
    {
        Type = q.Type, Label = q.Label, Help = q.Help, Required = q.Required, Section = q.Section, AllowOther = q.AllowOther, Min = q.Min, Max = q.Max,
        Choices = string.Join('\n', q.Choices.Where(c => !c.IsRow).OrderBy(c => c.Position).Select(c => c.Label)),
        Rows = string.Join('\n', q.Choices.Where(c => c.IsRow).OrderBy(c => c.Position).Select(c => c.Label)),
        Condition = q.ConditionQuestionId is { } cq ? $"{cq}:{q.ConditionChoiceId}" : null,
    };
}
