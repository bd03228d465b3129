using Ctg.Participation.Proposals;

namespace Ctg.Participation.Web.Proposals;

/// <summary>The proposal form, shared by the new and edit pages. Its rules live in <see cref="ProposalSubmission"/>.</summary>
public sealed class ProposalInput
{
    public string? Title { get; set; }
    public string? Body { get; set; }
    public List<int> MunicipalityIds { get; set; } = [];
    public List<int> AxisIds { get; set; } = [];
    public Guid SubmissionKey { get; set; }
    public bool Assisted { get; set; }
    public string? AssistedAuthorName { get; set; }
    public bool RemoveImage { get; set; }
    public IFormFile? Image { get; set; }

    public ProposalSubmission.Draft ToDraft(int conventionId) =>
        new(Title, Body, conventionId, MunicipalityIds, AxisIds, SubmissionKey, AssistedAuthorName);
}

/// <summary>What the form partial needs besides the input: the CTG's communes and axes, and what this person may do.</summary>
public sealed record ProposalFormView(ProposalInput Input, string ConventionName, IReadOnlyList<ProposalBrowser.Option> Municipalities,
    IReadOnlyList<ProposalBrowser.Option> Axes, bool CanAssist, bool IsEdit, bool HasImage);
