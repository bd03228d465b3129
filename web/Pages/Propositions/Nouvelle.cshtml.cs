using Ctg.Participation.Common;
using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>New proposal: choose the CTG, then write the draft; the next page previews it before publishing.</summary>
[Authorize(Policy = ProposalPermissions.Participate)]
public sealed class NouvelleModel(ProposalSubmission submission, ProposalBrowser browser, ProposalImages images, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public ProposalInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Ctg { get; set; }

    public IReadOnlyList<ProposalBrowser.Option> Conventions { get; private set; } = [];
    public ProposalFormView? Form { get; private set; }

    public async Task OnGetAsync()
    {
        Input.SubmissionKey = Guid.NewGuid();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var userId = User.UserId()!;
        var conventionId = await LoadAsync();
        if (conventionId is null) return RedirectToPage("/Propositions/Nouvelle");
        if (Input.SubmissionKey == Guid.Empty) Input.SubmissionKey = Guid.NewGuid();

        // A resent form (double click, back and submit again) lands on the draft it already made.
        if (await submission.FindSubmittedAsync(Input.SubmissionKey, userId, ct) is { } done) return RedirectToPage("/Propositions/Apercu", new { id = done });
        if (Input.Assisted && !Form!.CanAssist) return Forbid();

        var draft = Input.ToDraft(conventionId.Value);
        var errors = new FieldErrors();
        submission.Clean(draft, Input.Assisted, errors);
        ModelState.AddErrors(nameof(Input), errors);
        if (!ModelState.IsValid) return Page();

        var (accepted, image) = await images.SaveUploadAsync(Input.Image, ModelState, ct);
        if (!accepted) return Page();

        var outcome = await submission.CreateDraftAsync(userId, draft, Input.Assisted, image, ct);
        if (outcome.ProposalId is not { } id)
        {
            images.Delete(image?.FileName);
            ModelState.AddErrors(nameof(Input), outcome.Errors);
            return Page();
        }
        return RedirectToPage("/Propositions/Apercu", new { id });
    }

    private async Task<int?> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var options = await browser.FilterOptionsAsync(null, ct);
        Conventions = options.Conventions;
        if (Ctg is null || !Conventions.Any(c => c.Value == Ctg))
        {
            Ctg = null;
            return null;
        }
        var territory = await browser.TerritoryAsync(Ctg, ct);
        if (territory is null) return null;
        var canAssist = User.Identity?.IsAuthenticated == true &&
                        (await authorization.AuthorizeAsync(User, new ConventionResource(territory.ConventionId), ProposalPermissions.AssistedEntry)).Succeeded;
        Form = new ProposalFormView(Input, territory.ConventionName, territory.Municipalities, territory.Axes, canAssist, IsEdit: false, HasImage: false);
        return territory.ConventionId;
    }
}
