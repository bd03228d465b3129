using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;

namespace Ctg.Participation.Proposals;

/// <summary>
/// An idea put forward by a resident of a CTG's territory. It starts as a draft the author previews, is published,
/// then answered by the CTG's coordinator through its statuses. Supports and comments are counted here as well as
/// stored, so that "most supported" sorts and pages through an index instead of counting rows on every request.
/// </summary>
public class Proposal
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }

    /// <summary>The author's account; null for assisted entry or once the account is deleted.</summary>
    public string? AuthorId { get; set; }
    public PortalUser? Author { get; set; }

    /// <summary>Saisie accompagnée: the coordinator who typed in a proposal collected on paper or in a meeting.</summary>
    public string? EnteredById { get; set; }
    public PortalUser? EnteredBy { get; set; }

    /// <summary>The name the resident without an account gave, for assisted entry. Plain text.</summary>
    public string? AssistedAuthorName { get; set; }

    public bool IsAssisted { get; set; }

    /// <summary>Plain text, encoded when rendered.</summary>
    public string Title { get; set; } = "";

    /// <summary>Sanitised HTML (PortalHtmlSanitizer), the only user HTML rendered raw.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Lower-cased title and visible body without accents, for a provider-neutral free-text search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>File name of the re-encoded image in the image folder, if any.</summary>
    public string? ImageFile { get; set; }
    public string? ImageContentType { get; set; }

    /// <summary>Hidden field of the form: a resent POST or a double click finds the proposal already made.</summary>
    public Guid SubmissionKey { get; set; }

    public ProposalStatus Status { get; set; } = ProposalStatus.Deposee;
    public string? Answer { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    public int SupportCount { get; set; }
    public int CommentCount { get; set; }

    public ModerationState Moderation { get; set; } = ModerationState.Visible;
    public string? ModerationReason { get; set; }

    public List<ProposalMunicipality> Municipalities { get; set; } = [];
    public List<ProposalAxis> Axes { get; set; } = [];
    public List<ProposalStatusChange> StatusChanges { get; set; } = [];

    public bool IsPublished => PublishedAt is not null;
    public bool IsWithdrawn => WithdrawnAt is not null;

    /// <summary>The person who may edit or withdraw: the author, or the coordinator who entered it for a resident.</summary>
    public bool IsOwnedBy(string? userId) => userId is not null && (AuthorId == userId || (IsAssisted && EnteredById == userId));

    /// <summary>Editing stops at the first support or comment: people supported what they read.</summary>
    public bool CanBeEditedBy(string? userId) => IsOwnedBy(userId) && !IsWithdrawn && SupportCount == 0 && CommentCount == 0;

    public string DisplayAuthor(string? accountDisplayName) =>
        IsAssisted ? (string.IsNullOrWhiteSpace(AssistedAuthorName) ? FormerParticipant.DisplayName : AssistedAuthorName)
                   : FormerParticipant.NameOr(accountDisplayName);
}

public class ProposalMunicipality
{
    public int ProposalId { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
}

public class ProposalAxis
{
    public int ProposalId { get; set; }
    public int AxisId { get; set; }
    public Axis? Axis { get; set; }
}
