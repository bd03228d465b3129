using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>Report a proposal or one of its comments, with a reason, to the CTG's moderation queue.</summary>
[Authorize(Policy = ProposalPermissions.Participate)]
public sealed class SignalerModel(ProposalReader reader, ProposalModeration moderation) : PageModel
{
    public sealed class InputModel
    {
        public string? Reason { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Commentaire { get; set; }
    public ProposalReader.Detail Proposal { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!Enum.TryParse<ReportReason>(Input.Reason, out var reason) || !Enum.IsDefined(reason))
        {
            ModelState.AddModelError("Input.Reason", "Choisissez le motif du signalement.");
            return Page();
        }
        var result = await moderation.ReportAsync(id, Commentaire, User.UserId()!, reason, HttpContext.RequestAborted);
        if (result == ProposalModeration.ReportResult.NotFound) return NotFound();
        TempData["Message"] = result == ProposalModeration.ReportResult.Recorded
            ? "Merci : votre signalement est transmis à la coordination de la CTG."
            : "Vous avez déjà signalé ce contenu.";
        return RedirectToPage("/Propositions/Detail", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var proposal = await reader.FindAsync(id, HttpContext.RequestAborted);
        if (proposal is null || !proposal.IsPublished) return false;
        if (Commentaire is { } c && proposal.Comments.All(x => x.Id != c)) return false;
        Proposal = proposal;
        return true;
    }
}
