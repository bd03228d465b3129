using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Routing;

/// <summary>
/// An orientation: one contribution (a proposal or an initiative) sent to one working group of its CTG, with the
/// axes it concerns and the coordinator's message. Routing an item to two groups makes two routings, so each group
/// acknowledges, answers or hands back on its own. Every step is kept in <see cref="Events"/>.
/// </summary>
public class Routing
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public ContributionKind ContributionKind { get; set; }
    public int ContributionId { get; set; }

    public int WorkingGroupId { get; set; }
    public WorkingGroup? WorkingGroup { get; set; }

    /// <summary>The coordinator's message to the group. Plain text.</summary>
    public string? Message { get; set; }

    public RoutingStatus Status { get; set; } = RoutingStatus.Routed;

    /// <summary>The group's answer, shown to the contributor. Plain text.</summary>
    public string? Answer { get; set; }

    public DateTimeOffset RoutedAt { get; set; }

    public List<RoutingAxis> Axes { get; set; } = [];
    public List<RoutingEvent> Events { get; set; } = [];
}

public class RoutingAxis
{
    public int RoutingId { get; set; }
    public int AxisId { get; set; }
    public Axis? Axis { get; set; }
}

/// <summary>One step of a routing's history: who did what, when, with what text.</summary>
public class RoutingEvent
{
    public long Id { get; set; }
    public int RoutingId { get; set; }
    public Routing? Routing { get; set; }
    public RoutingStep Step { get; set; }
    public string? ActorId { get; set; }
    public PortalUser? Actor { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Text { get; set; }
}

public enum ContributionKind
{
    Proposal = 0,
    Initiative = 1,
    WallCard = 2,
    SurveyAnswer = 3,
}

public enum RoutingStatus
{
    Routed = 0,
    Acknowledged = 1,
    Answered = 2,
    HandedBack = 3,
}

public enum RoutingStep
{
    Routed = 0,
    Acknowledged = 1,
    Answered = 2,
    HandedBack = 3,
}
