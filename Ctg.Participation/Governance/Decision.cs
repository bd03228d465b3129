namespace Ctg.Participation.Governance;

/// <summary>One line of a meeting's relevé de décisions, followed until carried out or abandoned.</summary>
public class Decision
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>Plain text.</summary>
    public string Text { get; set; } = "";

    /// <summary>Plain text: who carries it out (a person, a partner, a service).</summary>
    public string? Responsible { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>The fiche action of the CTG's plan this decision concerns, if any (shown on both sides).</summary>
    public int? PlanActionId { get; set; }
    public DecisionStatus Status { get; set; } = DecisionStatus.ToStart;

    /// <summary>When it was marked carried out; cleared if it is reopened. The "décisions réalisées" indicator counts it.</summary>
    public DateTimeOffset? DoneAt { get; set; }

    public List<DecisionFollowUp> FollowUps { get; set; } = [];
}

public enum DecisionStatus
{
    ToStart = 0,
    InProgress = 1,
    Done = 2,
    Abandoned = 3,
}

/// <summary>A dated note on a decision's follow-up, with the status it set.</summary>
public class DecisionFollowUp
{
    public int Id { get; set; }
    public int DecisionId { get; set; }
    public DecisionStatus Status { get; set; }

    /// <summary>Plain text.</summary>
    public string Note { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? AuthorId { get; set; }
}
