using Ctg.Participation.Common;
using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>Edit a draft, or a published proposal before its first support or comment.</summary>
[Authorize(Policy = ProposalPermissions.Participate)]
public sealed class ModifierModel(ProposalReader reader, ProposalBrowser browser, ProposalSubmission submission, ProposalImages images) : PageModel
{
    [BindProperty] public ProposalInput Input { get; set; } = new();
    public ProposalFormView Form { get; private set; } = default!;
    public ProposalReader.Detail Proposal { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!Proposal.CanBeEditedBy(User.UserId())) return Locked(id);
        Input.Title = Proposal.Title;
        Input.Body = Proposal.BodyHtml;
        Input.MunicipalityIds = [.. Proposal.MunicipalityIds];
        Input.AxisIds = [.. Proposal.AxisIds];
        Input.AssistedAuthorName = Proposal.IsAssisted ? Proposal.AuthorName : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id)) return NotFound();
        if (!Proposal.CanBeEditedBy(User.UserId())) return Locked(id);

        var draft = Input.ToDraft(Proposal.ConventionId);
        var errors = new FieldErrors();
        submission.Clean(draft, Proposal.IsAssisted, errors);
        ModelState.AddErrors(nameof(Input), errors);
        if (!ModelState.IsValid) return Page();

        var (accepted, image) = await images.SaveUploadAsync(Input.Image, ModelState, ct);
        if (!accepted) return Page();
        var outcome = await submission.UpdateAsync(id, User.UserId()!, draft, image, Input.RemoveImage, ct);
        if (outcome.ProposalId is null)
        {
            images.Delete(image?.FileName);
            ModelState.AddErrors(nameof(Input), outcome.Errors);
            return Page();
        }
        TempData["Message"] = "Vos modifications sont enregistrées.";
        return Redirect(Proposal.IsPublished ? $"/propositions/{id}" : $"/propositions/{id}/apercu");
    }

    private IActionResult Locked(int id)
    {
        TempData["Message"] = "Cette proposition ne peut plus être modifiée : elle a déjà reçu un soutien ou un commentaire.";
        return RedirectToPage("/Propositions/Detail", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var proposal = await reader.FindAsync(id, ct);
        if (proposal is null || !proposal.IsOwnedBy(User.UserId())) return false;
        Proposal = proposal;
        var territory = await browser.TerritoryAsync(proposal.ConventionId, ct);
        if (territory is null) return false;
        Form = new ProposalFormView(Input, territory.ConventionName, territory.Municipalities, territory.Axes,
            CanAssist: proposal.IsAssisted, IsEdit: true, HasImage: proposal.HasImage);
        return true;
    }
}
