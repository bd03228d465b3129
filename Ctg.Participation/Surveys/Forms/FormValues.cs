using System.Globalization;
using System.Text.Json;

namespace Ctg.Participation.Surveys.Forms;

/// <summary>Moves values between the stored shape (<see cref="AnswerValue"/>), form fields and a draft's JSON.</summary>
public static class FormValues
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(IReadOnlyList<AnswerValue> values) => JsonSerializer.Serialize(values, Json);

    public static List<AnswerValue> FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<AnswerValue>>(json, Json) ?? [];

    /// <summary>The form fields that would send these values back (to fill a form with a saved draft).</summary>
    public static Dictionary<string, IReadOnlyList<string>> ToFields(FormDefinition form, IEnumerable<AnswerValue> values)
    {
        var fields = new Dictionary<string, List<string>>();
        void Add(string key, string value) { if (!fields.TryGetValue(key, out var list)) fields[key] = list = []; list.Add(value); }
        foreach (var v in values)
        {
            var q = form.Find(v.QuestionId);
            if (q is null) continue;
            switch (q.Type)
            {
                case QuestionType.Matrix when v.RowId is { } row && v.ChoiceId is { } col: Add(FormKeys.Row(q.Id, row), col.ToString(CultureInfo.InvariantCulture)); break;
                case QuestionType.Ranking when v.ChoiceId is { } item && v.NumberValue is { } rank: Add(FormKeys.Rank(q.Id, item), rank.ToString("0", CultureInfo.InvariantCulture)); break;
                case QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Commune:
                    if (v.ChoiceId is { } c) Add(q.Key, c.ToString(CultureInfo.InvariantCulture));
                    else if (v.TextValue is { } other) { Add(q.Key, "autre"); Add(FormKeys.Other(q.Id), other); }
                    break;
                case QuestionType.Date when v.DateValue is { } d: Add(q.Key, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case QuestionType.Number or QuestionType.Scale5 or QuestionType.Scale10 when v.NumberValue is { } n: Add(q.Key, n.ToString("0.####", CultureInfo.InvariantCulture)); break;
                default: if (v.TextValue is { } t) Add(q.Key, t); break;
            }
        }
        return fields.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value);
    }

    /// <summary>A value as one readable cell (exports, previews).</summary>
    public static string Display(FormQuestion q, IEnumerable<AnswerValue> values)
    {
        var own = values.Where(v => v.QuestionId == q.Id).ToList();
        string Choice(int? id, IReadOnlyList<FormOption> options) => options.FirstOrDefault(o => o.Id == id)?.Label ?? "";
        return q.Type switch
        {
            QuestionType.Matrix => string.Join(" ; ", q.Rows.Select(r => (r, v: own.FirstOrDefault(v => v.RowId == r.Id)))
                .Where(x => x.v is not null).Select(x => $"{x.r.Label} : {Choice(x.v!.ChoiceId, q.Choices)}")),
            QuestionType.Ranking => string.Join(" ; ", own.OrderBy(v => v.NumberValue).Select(v => $"{v.NumberValue:0}. {Choice(v.ChoiceId, q.Choices)}")),
            QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.Commune =>
                string.Join(" ; ", own.Select(v => v.ChoiceId is null ? $"Autre : {v.TextValue}" : Choice(v.ChoiceId, q.Choices))),
            QuestionType.Date => string.Join(" ; ", own.Select(v => v.DateValue?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))),
            QuestionType.Number or QuestionType.Scale5 or QuestionType.Scale10 => string.Join(" ; ", own.Select(v => v.NumberValue?.ToString("0.####", PortalCulture.French))),
            _ => string.Join(" ; ", own.Select(v => v.TextValue)),
        };
    }
}
