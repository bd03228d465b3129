using System.Globalization;
using Ctg.Participation.Common;

namespace Ctg.Participation.ActionPlan;

/// <summary>A fiche action as typed in the form or read from a CSV row: text everywhere, checked by <see cref="ActionRules"/>.</summary>
public sealed class ActionInput
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public int? AxisId { get; set; }
    public string? Diagnostic { get; set; }
    public string? Finality { get; set; }
    public string? OperationalObjectives { get; set; }
    public string? TargetAudience { get; set; }
    public string? Modalities { get; set; }
    public string? StartDate { get; set; }
    public string? DueDate { get; set; }
    public string? Services { get; set; }
    public List<int> PartnerIds { get; set; } = [];
    public string? ExpectedResults { get; set; }
    public PlanActionStatus Status { get; set; }
    public string? Progress { get; set; }
}

/// <summary>The rules of a fiche action, shared by the form and the CSV import.</summary>
public static class ActionRules
{
    public const int TitleMin = 3, TitleMax = 200, LongTextMax = 10_000, NoteMin = 3, NoteMax = 4_000, IndicatorMax = 300;
    public const int NumberMax = 9_999;

    public sealed record Values(int Number, string Title, int AxisId, string? Diagnostic, string? Finality, string? OperationalObjectives,
        string? TargetAudience, string? Modalities, DateOnly? StartDate, DateOnly? DueDate, string? Services, IReadOnlyList<int> PartnerIds,
        string? ExpectedResults, PlanActionStatus Status, int Progress);

    /// <summary>Checks a fiche against the CTG's axes and partners; returns its clean values or every problem found.</summary>
    public static (Values? Values, IReadOnlyList<FieldProblem> Problems) Check(ActionInput input, IReadOnlySet<int> axisIds, IReadOnlySet<int> partnerIds)
    {
        var problems = new List<FieldProblem>();
        int number = 0;
        if (!int.TryParse(input.Number?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > NumberMax)
            problems.Add(new(nameof(ActionInput.Number), $"Indiquez le numéro de la fiche (un nombre entier de 1 à {NumberMax})."));
        var title = PortalText.PlainText(input.Title);
        if (title.Length is < TitleMin or > TitleMax)
            problems.Add(new(nameof(ActionInput.Title), $"Saisissez l'intitulé de l'action ({TitleMin} à {TitleMax} caractères)."));
        if (input.AxisId is not { } axisId || !axisIds.Contains(axisId))
            problems.Add(new(nameof(ActionInput.AxisId), "Choisissez l'axe de la CTG auquel l'action se rattache."));
        var start = ParseDate(input.StartDate, nameof(ActionInput.StartDate), "de début", problems);
        var due = ParseDate(input.DueDate, nameof(ActionInput.DueDate), "d'échéance", problems);
        if (start is { } s && due is { } d && d < s)
            problems.Add(new(nameof(ActionInput.DueDate), "L'échéance ne peut pas précéder la date de début."));
        var progress = 0;
        if (!string.IsNullOrWhiteSpace(input.Progress)
            && (!int.TryParse(input.Progress.Trim().TrimEnd('%').Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out progress) || progress is < 0 or > 100))
            problems.Add(new(nameof(ActionInput.Progress), "L'avancement est un pourcentage entier entre 0 et 100."));
        if (!Enum.IsDefined(input.Status)) problems.Add(new(nameof(ActionInput.Status), "Choisissez un statut."));
        if (input.PartnerIds.Any(p => !partnerIds.Contains(p)))
            problems.Add(new(nameof(ActionInput.PartnerIds), "Choisissez des partenaires de cette CTG."));

        var texts = new Dictionary<string, string?>
        {
            [nameof(ActionInput.Diagnostic)] = input.Diagnostic, [nameof(ActionInput.Finality)] = input.Finality,
            [nameof(ActionInput.OperationalObjectives)] = input.OperationalObjectives, [nameof(ActionInput.TargetAudience)] = input.TargetAudience,
            [nameof(ActionInput.Modalities)] = input.Modalities, [nameof(ActionInput.Services)] = input.Services,
            [nameof(ActionInput.ExpectedResults)] = input.ExpectedResults,
        };
        var clean = texts.ToDictionary(t => t.Key, t => LongText(t.Value));
        foreach (var (field, text) in clean)
        {
            if (text?.Length > LongTextMax) problems.Add(new(field, $"Ce texte dépasse {LongTextMax:N0} caractères."));
        }
        if (problems.Count > 0) return (null, problems);
        return (new Values(number, title, input.AxisId!.Value, clean[nameof(ActionInput.Diagnostic)], clean[nameof(ActionInput.Finality)],
            clean[nameof(ActionInput.OperationalObjectives)], clean[nameof(ActionInput.TargetAudience)], clean[nameof(ActionInput.Modalities)],
            start, due, clean[nameof(ActionInput.Services)], input.PartnerIds.Distinct().ToList(), clean[nameof(ActionInput.ExpectedResults)],
            input.Status, progress), problems);
    }

    /// <summary>
    /// Long texts are plain text with their line breaks: control characters go, lines are trimmed at the end, and
    /// markup is kept as typed (Razor encodes it), so "&lt;b&gt;" shows as written and never runs.
    /// </summary>
    public static string? LongText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => new string(l.Where(c => !char.IsControl(c) || c == '\t').ToArray()).TrimEnd());
        return string.Join('\n', lines).Trim('\n', ' ');
    }

    /// <summary>A number as written in France or in a spreadsheet: "12", "12,5", "12.5", "1 200". Null if it is not a number.</summary>
    public static decimal? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var compact = text.Trim().Replace("\u00a0", "").Replace("\u202f", "").Replace(" ", "").TrimEnd('%');
        return decimal.TryParse(compact.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value : null;
    }

    /// <summary>Dates as the date input posts them (2026-03-31), as typed in France (31/03/2026) or as LibreOffice saves
    /// them in CSV (31/03/26: years 00–49 are 2000–2049), or a workbook's date cell read as 2026-03-31.</summary>
    public static DateOnly? ParseDate(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "d/M/yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : null;

    private static DateOnly? ParseDate(string? text, string field, string what, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var date = ParseDate(text);
        if (date is null) problems.Add(new(field, $"La date {what} n'est pas valide (jj/mm/aaaa, jj/mm/aa ou aaaa-mm-jj)."));
        return date;
    }
}
