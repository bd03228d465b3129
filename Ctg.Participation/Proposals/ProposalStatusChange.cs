using Ctg.Participation.Accounts;

namespace Ctg.Participation.Proposals;

/// <summary>One step of the status history: who moved the proposal, when, and what they answered.</summary>
public class ProposalStatusChange
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public Proposal? Proposal { get; set; }
    public ProposalStatus From { get; set; }
    public ProposalStatus To { get; set; }
    public string? Answer { get; set; }
    public string? ChangedById { get; set; }
    public PortalUser? ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
