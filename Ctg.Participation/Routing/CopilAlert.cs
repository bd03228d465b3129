using Ctg.Participation.Accounts;

namespace Ctg.Participation.Routing;

/// <summary>
/// An alerte au Copil (the referential's "fonction d'alerte"): the coordinator flags a blocked or late item or action
/// to the CTG's steering committee and follows it until it is closed with what was decided.
/// </summary>
public class CopilAlert
{
    public int Id { get; set; }
    public int ConventionId { get; set; }

    /// <summary>The routed contribution the alert is about, if any; an alert may also concern an action of the CTG.</summary>
    public ContributionKind? ContributionKind { get; set; }
    public int? ContributionId { get; set; }

    /// <summary>The fiche action (ActionPlan.PlanAction) the alert is about, if any.</summary>
    public int? ActionId { get; set; }

    /// <summary>Plain text: what is blocked or late, and why the Copil should know.</summary>
    public string Subject { get; set; } = "";
    public string Reason { get; set; } = "";

    public string? RaisedById { get; set; }
    public PortalUser? RaisedBy { get; set; }
    public DateTimeOffset RaisedAt { get; set; }

    public string? ClosedById { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? Resolution { get; set; }

    public bool IsOpen => ClosedAt is null;
}
