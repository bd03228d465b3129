namespace Ctg.Participation.Proposals;

/// <summary>
/// One account's support of one proposal; (ProposalId, UserId) is unique in the database, so two clicks sent at once
/// count once. When the account is deleted the support stays, anonymous, so the published count does not change.
/// </summary>
public class Support
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public Proposal? Proposal { get; set; }
    public string? UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Someone who wants to hear about a proposal's comments and answers. Authors follow their own.</summary>
public class ProposalFollow
{
    public int ProposalId { get; set; }
    public Proposal? Proposal { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset FollowedAt { get; set; }
}
