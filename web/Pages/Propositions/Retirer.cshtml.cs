using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>The author withdraws their proposal, saying why; it stays readable, marked as withdrawn.</summary>
[Authorize(Policy = ProposalPermissions.Participate)]
public sealed class RetirerModel(ProposalReader reader, ProposalSubmission submission) : PageModel
{
    public sealed class InputModel
    {
        public string? Reason { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public ProposalReader.Detail Proposal { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (await submission.WithdrawAsync(id, User.UserId()!, Input.Reason, HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError("Input.Reason", error);
            return Page();
        }
        TempData["Message"] = "Votre proposition est retirée.";
        return RedirectToPage("/Propositions/Detail", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var proposal = await reader.FindAsync(id, HttpContext.RequestAborted);
        if (proposal is null || !proposal.IsOwnedBy(User.UserId()) || !proposal.IsPublished || proposal.IsWithdrawn) return false;
        Proposal = proposal;
        return true;
    }
}
