using System.Globalization;

namespace Ctg.Participation.Surveys.Forms;

/// <summary>
/// Reads what a person sent for one section (or a whole form), checks it against the questions and returns the values
/// to store, or French messages keyed by field name. Nothing here touches storage: the caller stores the values only
/// when there is no error. A hidden question (its condition not met) is never required and any value sent for it is
/// refused. A value no honest form can send (a choice that does not exist, a question of another section) marks the
/// result <see cref="FormResult.Forged"/>: the page answers 400.
/// </summary>
public static class FormValidator
{
    public const int ShortTextMax = 300, LongTextMax = 5_000, OtherTextMax = 300;
    public const decimal NumberLimit = 1_000_000_000m;

    public sealed class FormResult
    {
        public List<AnswerValue> Values { get; } = [];
        public Dictionary<string, string> Errors { get; } = [];
        public bool Forged { get; set; }
        public bool IsValid => Errors.Count == 0 && !Forged;
    }

    /// <summary>
    /// Validates the fields posted for <paramref name="section"/>, given the values already kept from earlier sections
    /// (conditions may point to them). <paramref name="posted"/> gives the posted values of a field name.
    /// </summary>
    public static FormResult ValidateSection(FormDefinition form, int section, IReadOnlyList<AnswerValue> earlier,
        IReadOnlyDictionary<string, IReadOnlyList<string>> posted)
    {
        var result = new FormResult();
        var inSection = form.Questions.Where(q => q.Section == section).ToList();

        // A field of a question that is not in this section (unknown, or of another step) is a forged request.
        foreach (var key in posted.Keys)
        {
            if (FormKeys.QuestionOf(key) is { } id && !inSection.Any(q => q.Id == id)) result.Forged = true;
        }

        var known = earlier.Where(v => form.Find(v.QuestionId)?.Section != section).ToList();
        foreach (var question in inSection)
        {
            var visible = FormConditions.IsVisible(question, known);
            if (!visible)
            {
                if (HasAnyValue(question, posted))
                    result.Errors[question.Key] = "Cette question ne s'applique pas d'après vos réponses précédentes : laissez-la vide.";
                continue;
            }
            var values = Read(question, posted, result);
            result.Values.AddRange(values);
            known.AddRange(values);
        }
        return result;
    }

    /// <summary>
    /// The final check of a whole set of values: drops the values of questions hidden by a changed earlier answer and
    /// names the first visible required question left unanswered (its section, to send the person back there).
    /// </summary>
    public static (List<AnswerValue> Kept, FormQuestion? MissingRequired) Complete(FormDefinition form, IReadOnlyList<AnswerValue> values)
    {
        var kept = new List<AnswerValue>();
        FormQuestion? missing = null;
        foreach (var question in form.Questions)
        {
            if (!FormConditions.IsVisible(question, kept)) continue;
            var own = values.Where(v => v.QuestionId == question.Id).ToList();
            if (own.Count == 0 && question.Required) missing ??= question;
            kept.AddRange(own);
        }
        return (kept, missing);
    }

    private static bool HasAnyValue(FormQuestion question, IReadOnlyDictionary<string, IReadOnlyList<string>> posted) =>
        posted.Any(p => FormKeys.QuestionOf(p.Key) == question.Id && p.Value.Any(v => !string.IsNullOrWhiteSpace(v)));

    private static IReadOnlyList<string> Get(IReadOnlyDictionary<string, IReadOnlyList<string>> posted, string key) =>
        posted.TryGetValue(key, out var values) ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList() : [];

    private static List<AnswerValue> Read(FormQuestion q, IReadOnlyDictionary<string, IReadOnlyList<string>> posted, FormResult result)
    {
        var values = new List<AnswerValue>();
        var main = Get(posted, q.Key);
        void Error(string message) => result.Errors[q.Key] = message;
        void Required(string message) { if (q.Required) Error(message); }

        switch (q.Type)
        {
            case QuestionType.ShortText:
            case QuestionType.LongText:
            {
                if (main.Count > 1) { result.Forged = true; return values; }
                var text = main.Count == 0 ? "" : Normalize(main[0]);
                var max = q.Type == QuestionType.ShortText ? ShortTextMax : LongTextMax;
                if (text.Length == 0) Required("Répondez à cette question.");
                else if (text.Length > max) Error($"Votre réponse doit compter au plus {max:N0} caractères (elle en compte {text.Length:N0}).");
                else values.Add(new(q.Id, TextValue: text));
                break;
            }
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
            case QuestionType.Commune:
            {
                if (q.Type != QuestionType.MultipleChoice && main.Count > 1) { result.Forged = true; return values; }
                var chosen = new List<int>();
                var other = false;
                foreach (var raw in main.Distinct())
                {
                    if (raw == "autre" && q.AllowOther && q.Type != QuestionType.Commune) { other = true; continue; }
                    if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || q.Choices.All(c => c.Id != id))
                    {
                        result.Forged = true;
                        Error("Ce choix n'existe pas : choisissez parmi les réponses proposées.");
                        return [];
                    }
                    chosen.Add(id);
                }
                var otherText = Normalize(Get(posted, FormKeys.Other(q.Id)).FirstOrDefault() ?? "");
                if (other && otherText.Length == 0) { Error("Précisez votre réponse « Autre »."); return []; }
                if (otherText.Length > OtherTextMax) { Error($"La précision « Autre » doit compter au plus {OtherTextMax} caractères."); return []; }
                var count = chosen.Count + (other ? 1 : 0);
                if (count == 0) { Required(q.Type == QuestionType.MultipleChoice ? "Cochez au moins une réponse." : "Choisissez une réponse."); return []; }
                if (q.Type == QuestionType.MultipleChoice)
                {
                    if (q.Min is { } min && count < min) { Error($"Cochez au moins {min:0} réponses."); return []; }
                    if (q.Max is { } max && count > max) { Error($"Cochez au plus {max:0} réponses."); return []; }
                }
                values.AddRange(chosen.Select(id => new AnswerValue(q.Id, ChoiceId: id)));
                if (other) values.Add(new(q.Id, TextValue: otherText));
                break;
            }
            case QuestionType.Scale5:
            case QuestionType.Scale10:
            {
                if (main.Count == 0) { Required("Choisissez une valeur sur l'échelle."); break; }
                var (low, high) = q.Type == QuestionType.Scale5 ? (1, 5) : (0, 10);
                if (main.Count > 1 || !int.TryParse(main[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < low || n > high)
                {
                    result.Forged = true;
                    Error($"Choisissez une valeur entre {low} et {high}.");
                    break;
                }
                values.Add(new(q.Id, NumberValue: n));
                break;
            }
            case QuestionType.Number:
            {
                if (main.Count == 0) { Required("Saisissez un nombre."); break; }
                var text = main[0].Replace(" ", "").Replace("\u00a0", "").Replace(',', '.');
                if (main.Count > 1 || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
                    || Math.Abs(n) > NumberLimit)
                {
                    Error("Saisissez un nombre, par exemple 12 ou 3,5.");
                    break;
                }
                if (q.Min is { } min && n < min || q.Max is { } max && n > max)
                {
                    Error(Bounds(q));
                    break;
                }
                values.Add(new(q.Id, NumberValue: n));
                break;
            }
            case QuestionType.Date:
            {
                if (main.Count == 0) { Required("Saisissez une date."); break; }
                if (main.Count > 1 || !TryDate(main[0], out var date))
                {
                    Error("Saisissez une date valide, au format jj/mm/aaaa (par exemple 14/07/2026).");
                    break;
                }
                values.Add(new(q.Id, DateValue: date));
                break;
            }
            case QuestionType.Ranking:
            {
                var ranks = new List<AnswerValue>();
                foreach (var choice in q.Choices)
                {
                    var raw = Get(posted, FormKeys.Rank(q.Id, choice.Id));
                    if (raw.Count == 0) continue;
                    if (raw.Count > 1 || !int.TryParse(raw[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) || rank < 1 || rank > q.Choices.Count)
                    {
                        Error($"Donnez à chaque élément un rang entre 1 et {q.Choices.Count}.");
                        return [];
                    }
                    ranks.Add(new(q.Id, ChoiceId: choice.Id, NumberValue: rank));
                }
                ForgedKeys(q, posted, result, k => q.Choices.Any(c => FormKeys.Rank(q.Id, c.Id) == k));
                if (ranks.Count == 0) { Required("Classez les éléments proposés."); break; }
                if (ranks.Count != q.Choices.Count) { Error("Classez tous les éléments, ou aucun."); break; }
                if (ranks.Select(r => r.NumberValue).Distinct().Count() != ranks.Count) { Error("Chaque rang ne peut servir qu'une fois."); break; }
                values.AddRange(ranks);
                break;
            }
            case QuestionType.Matrix:
            {
                var cells = new List<AnswerValue>();
                foreach (var row in q.Rows)
                {
                    var raw = Get(posted, FormKeys.Row(q.Id, row.Id));
                    if (raw.Count == 0) continue;
                    if (raw.Count > 1 || !int.TryParse(raw[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || q.Choices.All(c => c.Id != id))
                    {
                        result.Forged = true;
                        Error("Ce choix n'existe pas : choisissez parmi les réponses proposées.");
                        return [];
                    }
                    cells.Add(new(q.Id, ChoiceId: id, RowId: row.Id));
                }
                ForgedKeys(q, posted, result, k => q.Rows.Any(r => FormKeys.Row(q.Id, r.Id) == k));
                if (cells.Count == 0) { Required("Répondez pour chaque ligne."); break; }
                if (q.Required && cells.Count != q.Rows.Count) { Error("Répondez pour chaque ligne."); break; }
                values.AddRange(cells);
                break;
            }
            default:
                result.Forged = true;
                break;
        }
        return values;
    }

    /// <summary>Row or rank fields that name no row or choice of the question.</summary>
    private static void ForgedKeys(FormQuestion q, IReadOnlyDictionary<string, IReadOnlyList<string>> posted, FormResult result, Func<string, bool> expected)
    {
        foreach (var key in posted.Keys.Where(k => FormKeys.QuestionOf(k) == q.Id && k != q.Key))
        {
            if (!expected(key)) result.Forged = true;
        }
    }

    public static string Bounds(FormQuestion q) => (q.Min, q.Max) switch
    {
        ({ } min, { } max) => $"Saisissez un nombre entre {min:0.##} et {max:0.##}.",
        ({ } min, null) => $"Saisissez un nombre supérieur ou égal à {min:0.##}.",
        (null, { } max) => $"Saisissez un nombre inférieur ou égal à {max:0.##}.",
        _ => "Saisissez un nombre.",
    };

    public static bool TryDate(string raw, out DateOnly date) =>
        DateOnly.TryParseExact(raw.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 1900 and <= 2200;

    /// <summary>Plain text: control characters out, line ends kept, surrounding space trimmed.</summary>
    public static string Normalize(string text) =>
        new string(text.Replace("\r\n", "\n").Where(c => c == '\n' || !char.IsControl(c)).ToArray()).Trim();
}

public static class FormConditions
{
    /// <summary>A question is shown when it has no condition, or when the earlier answer holds the condition's choice.</summary>
    public static bool IsVisible(FormQuestion question, IEnumerable<AnswerValue> known) =>
        question.Condition is not { } c || known.Any(v => v.QuestionId == c.QuestionId && v.ChoiceId == c.ChoiceId && v.RowId is null);
}
