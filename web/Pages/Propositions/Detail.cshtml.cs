using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Propositions;

/// <summary>
/// One proposal: anyone reads it; signed-in people support, follow and comment; a coordinator of its CTG changes its
/// status. Every POST handler checks its own permission again.
/// </summary>
public sealed class DetailModel(ProposalReader reader, ProposalSupports supports, ProposalFollowers followers, ProposalComments comments,
    ProposalAnswers answers, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed class CommentInput
    {
        public string? Body { get; set; }
        public int? ParentId { get; set; }
    }

    public sealed class AnswerInput
    {
        public string? Status { get; set; }
        public string? Text { get; set; }
    }

    [BindProperty] public CommentInput Comment { get; set; } = new();
    [BindProperty] public AnswerInput Answer { get; set; } = new();

    public ProposalReader.Detail Proposal { get; private set; } = default!;
    public bool HasSupported { get; private set; }
    public bool IsFollowing { get; private set; }
    public bool CanAnswer { get; private set; }
    public string? ReplyError { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();
    public string? CurrentUserId => User.UserId();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!Proposal.IsPublished) return RedirectToPage("/Propositions/Apercu", new { id });
        return Page();
    }

    public async Task<IActionResult> OnPostSoutenirAsync(int id)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var result = await supports.SupportAsync(id, userId, HttpContext.RequestAborted);
        if (result == ProposalSupports.Result.NotAllowed) return NotFound();
        TempData["Message"] = result == ProposalSupports.Result.Added ? "Votre soutien est enregistré." : "Vous soutenez déjà cette proposition.";
        return RedirectToPage("/Propositions/Detail", new { id });
    }

    public async Task<IActionResult> OnPostRetirerSoutienAsync(int id)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (await supports.WithdrawAsync(id, userId, HttpContext.RequestAborted)) TempData["Message"] = "Votre soutien est retiré.";
        return RedirectToPage("/Propositions/Detail", new { id });
    }

    public async Task<IActionResult> OnPostSuivreAsync(int id)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (!await LoadAsync(id) || !Proposal.IsPublished) return NotFound();
        await followers.FollowAsync(id, userId, HttpContext.RequestAborted);
        TempData["Message"] = "Vous suivez cette proposition : ses commentaires et sa réponse arriveront dans vos notifications.";
        return RedirectToPage("/Propositions/Detail", new { id });
    }

    public async Task<IActionResult> OnPostNePlusSuivreAsync(int id)
    {
        if (User.UserId() is not { } userId) return Challenge();
        await followers.UnfollowAsync(id, userId, HttpContext.RequestAborted);
        TempData["Message"] = "Vous ne suivez plus cette proposition.";
        return RedirectToPage("/Propositions/Detail", new { id });
    }

    public async Task<IActionResult> OnPostCommenterAsync(int id)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var outcome = await comments.AddAsync(id, userId, Comment.ParentId, Comment.Body, HttpContext.RequestAborted);
        if (outcome.Error is not null)
        {
            if (!await LoadAsync(id)) return NotFound();
            if (Comment.ParentId is null) ModelState.AddModelError("Comment.Body", outcome.Error);
            else ReplyError = outcome.Error;
            return Page();
        }
        TempData["Message"] = "Votre commentaire est publié.";
        return RedirectToPage("/Propositions/Detail", null, new { id }, $"commentaire-{outcome.CommentId}");
    }

    public async Task<IActionResult> OnPostStatutAsync(int id)
    {
        if (!await LoadAsync(id) || !Proposal.IsPublished) return NotFound();
        if (!CanAnswer) return Forbid();
        var to = ProposalStatuses.FromSlug(Answer.Status);
        if (to is null)
        {
            ModelState.AddModelError("Answer.Status", "Choisissez le nouveau statut.");
            return Page();
        }
        var failure = await answers.ChangeStatusAsync(id, User.Actor(), to.Value, Answer.Text, HttpContext.RequestAborted);
        switch (failure)
        {
            case ProposalAnswers.Failure.None:
                TempData["Message"] = $"Le statut est maintenant « {ProposalStatuses.Label(to.Value)} ». L'auteur et les personnes qui suivent la proposition sont averties.";
                return RedirectToPage("/Propositions/Detail", new { id });
            case ProposalAnswers.Failure.Forbidden:
                return Forbid();
            case ProposalAnswers.Failure.AnswerRequired:
                ModelState.AddModelError("Answer.Text", ProposalAnswers.Message(failure));
                return Page();
            default:
                ModelState.AddModelError("Answer.Status", ProposalAnswers.Message(failure));
                return Page();
        }
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var proposal = await reader.FindAsync(id, ct);
        if (proposal is null) return false;
        // Drafts are the author's alone.
        if (!proposal.IsPublished && !proposal.IsOwnedBy(User.UserId())) return false;
        Proposal = proposal;
        if (User.UserId() is { } userId)
        {
            var viewer = await reader.ViewerAsync(id, userId, ct);
            HasSupported = viewer.HasSupported;
            IsFollowing = viewer.IsFollowing;
            CanAnswer = (await authorization.AuthorizeAsync(User, new ConventionResource(proposal.ConventionId), ProposalPermissions.Answer)).Succeeded;
        }
        return true;
    }
}
