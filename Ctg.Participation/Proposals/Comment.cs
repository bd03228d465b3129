using Ctg.Participation.Accounts;

namespace Ctg.Participation.Proposals;

/// <summary>A comment on a proposal, or a reply to one (one level deep, so threads stay readable).</summary>
public class Comment
{
    public int Id { get; set; }
    public int ProposalId { get; set; }
    public Proposal? Proposal { get; set; }
    public int? ParentId { get; set; }
    public Comment? Parent { get; set; }
    public string? AuthorId { get; set; }
    public PortalUser? Author { get; set; }

    /// <summary>Sanitised HTML.</summary>
    public string BodyHtml { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }

    public ModerationState Moderation { get; set; } = ModerationState.Visible;
    public string? ModerationReason { get; set; }

    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public bool CanBeEditedBy(string? userId, DateTimeOffset now) =>
        userId is not null && AuthorId == userId && Moderation == ModerationState.Visible && now - CreatedAt <= EditWindow;
}
