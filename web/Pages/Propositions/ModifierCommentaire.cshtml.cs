using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>A comment's author corrects it within 15 minutes of sending it.</summary>
[Authorize(Policy = ProposalPermissions.Participate)]
public sealed class ModifierCommentaireModel(ProposalComments comments, TimeProvider clock) : PageModel
{
    public sealed class InputModel
    {
        public string? Body { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public int ProposalId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int commentId)
    {
        var comment = await comments.FindAsync(id, commentId, HttpContext.RequestAborted);
        if (comment is null) return NotFound();
        if (!comment.CanBeEditedBy(User.UserId(), clock.GetUtcNow())) return RedirectToPage("/Propositions/Detail", null, new { id }, $"commentaire-{commentId}");
        ProposalId = id;
        Input.Body = comment.BodyHtml;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int commentId)
    {
        ProposalId = id;
        if (await comments.FindAsync(id, commentId, HttpContext.RequestAborted) is null) return NotFound();
        if (await comments.EditAsync(commentId, User.UserId()!, Input.Body, HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError("Input.Body", error);
            return Page();
        }
        TempData["Message"] = "Votre commentaire est modifié.";
        return RedirectToPage("/Propositions/Detail", null, new { id }, $"commentaire-{commentId}");
    }
}
