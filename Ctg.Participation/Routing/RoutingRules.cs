namespace Ctg.Participation.Routing;

/// <summary>The routing rules that need no database: which step may follow which, and what a step requires.</summary>
public static class RoutingRules
{
    public const int MessageMax = 2_000, AnswerMin = 10, AnswerMax = 5_000;

    /// <summary>Items waiting longer than this are highlighted on the desk.</summary>
    public static readonly TimeSpan LongWait = TimeSpan.FromDays(30);

    /// <summary>
    /// A group acknowledges a new routing once, then answers or hands it back; an answer or a hand-back closes it
    /// (handing back returns the item to the desk, which may route it again).
    /// </summary>
    public static bool CanTake(RoutingStatus current, RoutingStep step) => step switch
    {
        RoutingStep.Acknowledged => current == RoutingStatus.Routed,
        RoutingStep.Answered or RoutingStep.HandedBack => current is RoutingStatus.Routed or RoutingStatus.Acknowledged,
        _ => false,
    };

    public static RoutingStatus StatusAfter(RoutingStep step) => step switch
    {
        RoutingStep.Acknowledged => RoutingStatus.Acknowledged,
        RoutingStep.Answered => RoutingStatus.Answered,
        RoutingStep.HandedBack => RoutingStatus.HandedBack,
        _ => RoutingStatus.Routed,
    };

    /// <summary>An answer is read by the contributor, a hand-back by the coordinator: both must say something.</summary>
    public static string? TextProblem(RoutingStep step, string text) => step switch
    {
        RoutingStep.Answered when text.Length is < AnswerMin or > AnswerMax => $"Rédigez la réponse du groupe ({AnswerMin} à {AnswerMax:N0} caractères).",
        RoutingStep.HandedBack when text.Length is < AnswerMin or > AnswerMax => $"Expliquez pourquoi le groupe rend cet élément ({AnswerMin} à {AnswerMax:N0} caractères).",
        _ => null,
    };

    /// <summary>An item is still to route while no routing of it is open or answered (none yet, or all handed back).</summary>
    public static bool IsNew(IEnumerable<RoutingStatus> routings) => routings.All(s => s == RoutingStatus.HandedBack);

    /// <summary>An item is answered once a group answered it and no other routing of it is still open.</summary>
    public static bool IsAnswered(IEnumerable<RoutingStatus> routings)
    {
        var all = routings.ToList();
        return all.Contains(RoutingStatus.Answered) && all.All(s => s is RoutingStatus.Answered or RoutingStatus.HandedBack);
    }

    public static bool IsLongWaiting(DateTimeOffset since, DateTimeOffset now) => now - since > LongWait;

    public static string Label(RoutingStatus status, string groupName) => status switch
    {
        RoutingStatus.Routed => $"Orientée vers le groupe de travail {Bare(groupName)}",
        RoutingStatus.Acknowledged => $"Prise en compte par le groupe de travail {Bare(groupName)}",
        RoutingStatus.Answered => $"Réponse du groupe de travail {Bare(groupName)}",
        _ => $"Rendue par le groupe de travail {Bare(groupName)}",
    };

    public static string StepLabel(RoutingStep step) => step switch
    {
        RoutingStep.Routed => "Orientée",
        RoutingStep.Acknowledged => "Prise en compte",
        RoutingStep.Answered => "Répondue",
        _ => "Rendue à la coordination",
    };

    /// <summary>"Groupe de travail Parentalité" reads "le groupe de travail Parentalité", not "… groupe de travail Groupe de travail …".</summary>
    private static string Bare(string groupName)
    {
        const string prefix = "Groupe de travail ";
        return groupName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? groupName[prefix.Length..] : groupName;
    }
}
