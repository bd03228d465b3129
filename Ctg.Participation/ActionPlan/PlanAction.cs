using Ctg.Participation.Common;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.ActionPlan;

/// <summary>
/// A fiche action of a CTG's action plan: numbered within its CTG, attached to one of its axes, followed up with a
/// status, a progress percentage, evaluation indicators with dated measurements and a dated log of notes.
/// Long texts are plain text (line breaks kept); Razor encodes them when rendered.
/// </summary>
public class PlanAction
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    /// <summary>The fiche's number in the CTG's plan ("Fiche Action 17"), unique per CTG.</summary>
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public int AxisId { get; set; }
    public Axis? Axis { get; set; }

    public string? Diagnostic { get; set; }
    public string? Finality { get; set; }
    public string? OperationalObjectives { get; set; }
    public string? TargetAudience { get; set; }
    public string? Modalities { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? DueDate { get; set; }
    public string? Services { get; set; }
    public string? ExpectedResults { get; set; }

    public PlanActionStatus Status { get; set; } = PlanActionStatus.ToStart;
    public int Progress { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<PlanActionPartner> Partners { get; set; } = [];
    public List<PlanIndicator> Indicators { get; set; } = [];
    public List<PlanActionNote> Notes { get; set; } = [];

    /// <summary>Late: past its due date and neither done nor abandoned. The same rule is written as a query in <see cref="ActionPlanReader"/>.</summary>
    public bool IsLate(DateOnly today) => DueDate is { } due && due < today && Status is not (PlanActionStatus.Done or PlanActionStatus.Abandoned);
}

public enum PlanActionStatus
{
    ToStart = 0,
    InProgress = 1,
    Done = 2,
    Postponed = 3,
    Blocked = 4,
    Abandoned = 5,
}

public static class PlanActionStatusLabels
{
    public static string Label(this PlanActionStatus status) => status switch
    {
        PlanActionStatus.ToStart => "À lancer",
        PlanActionStatus.InProgress => "En cours",
        PlanActionStatus.Done => "Réalisée",
        PlanActionStatus.Postponed => "Reportée",
        PlanActionStatus.Blocked => "Bloquée",
        PlanActionStatus.Abandoned => "Abandonnée",
        _ => "Inconnu",
    };

    /// <summary>Reads a status as written in a CSV (label, accents and case ignored, or the code name).</summary>
    public static PlanActionStatus? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return PlanActionStatus.ToStart;
        var key = PortalText.ForSearch(text.Trim());
        foreach (var status in Enum.GetValues<PlanActionStatus>())
        {
            if (PortalText.ForSearch(status.Label()) == key || status.ToString().Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)) return status;
        }
        return null;
    }
}

/// <summary>A partner of the CTG mobilised on the action.</summary>
public class PlanActionPartner
{
    public int ActionId { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
}

/// <summary>An evaluation indicator of the action, with its baseline, its target and dated measurements.</summary>
public class PlanIndicator
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public PlanAction? Action { get; set; }
    public string Label { get; set; } = "";
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public List<PlanMeasurement> Measurements { get; set; } = [];
}

public class PlanMeasurement
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public DateOnly MeasuredOn { get; set; }
    public decimal Value { get; set; }
}

/// <summary>A dated progress note. Internal notes stay in the back-office; public ones show on the CTG's page.</summary>
public class PlanActionNote
{
    public int Id { get; set; }
    public int ActionId { get; set; }
    public DateOnly WrittenOn { get; set; }
    public string Text { get; set; } = "";
    public bool IsPublic { get; set; }
    public string? AuthorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A contribution routed to a working group of the CTG, linked to the action it feeds.</summary>
public class PlanActionRouting
{
    public int ActionId { get; set; }
    public int RoutingId { get; set; }
}
