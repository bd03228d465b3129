using Ctg.Participation.Conventions;
using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>The CTG's moderation queue: reported proposals and comments, hidden or restored with a reason.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class ModerationModel(ConventionDirectory directory, ProposalModeration moderation, IAuthorizationService authorization) : PageModel
{
    public ConventionSummary Convention { get; private set; } = default!;
    public IReadOnlyList<ProposalModeration.QueueItem> Queue { get; private set; } = [];
    public bool CanModerate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg) => await LoadAsync(ctg) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string ctg, int proposalId, int? commentId, string? decision, string? reason)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        if (!CanModerate) return Forbid();
        if (!Queue.Any(i => i.ProposalId == proposalId && i.CommentId == commentId)) return NotFound();
        var error = await moderation.DecideAsync(proposalId, commentId, User.Actor(), decision == "masquer", reason, HttpContext.RequestAborted);
        if (error is not null)
        {
            ModelState.AddModelError(Key(proposalId, commentId), error);
            return Page();
        }
        TempData["Message"] = decision == "masquer" ? "Le contenu est masqué." : "Le contenu est rétabli.";
        return RedirectToPage("/Coordination/Moderation", new { ctg = ctg });
    }

    public static string Key(int proposalId, int? commentId) => $"motif-{Report.KeyFor(proposalId, commentId).Replace(':', '-')}";

    private async Task<bool> LoadAsync(string ctg)
    {
        var convention = await directory.FindSummaryAsync(ctg, HttpContext.RequestAborted);
        if (convention is null) return false;
        Convention = convention;
        Queue = await moderation.QueueAsync(convention.Id, HttpContext.RequestAborted);
        CanModerate = (await authorization.AuthorizeAsync(User, new ConventionResource(convention.Id), ProposalPermissions.Moderate)).Succeeded;
        return true;
    }
}
