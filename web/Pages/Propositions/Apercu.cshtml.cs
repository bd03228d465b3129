using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>The author reads their draft as others will, then publishes it or goes back to edit.</summary>
[Authorize(Policy = ProposalPermissions.Participate)]
public sealed class ApercuModel(ProposalReader reader, ProposalSubmission submission) : PageModel
{
    public ProposalReader.Detail Proposal { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var proposal = await reader.FindAsync(id, HttpContext.RequestAborted);
        if (proposal is null || !proposal.IsOwnedBy(User.UserId())) return NotFound();
        if (proposal.IsPublished) return RedirectToPage("/Propositions/Detail", new { id });
        Proposal = proposal;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await submission.PublishAsync(id, User.UserId()!, HttpContext.RequestAborted)) return NotFound();
        TempData["Message"] = "Votre proposition est publiée. Vous serez averti(e) des commentaires et de la réponse de la CTG.";
        return RedirectToPage("/Propositions/Detail", new { id });
    }
}
