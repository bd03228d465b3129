using Ctg.Participation.Initiatives;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Initiatives;

/// <summary>One initiative: public once validated; its author and the CTG's staff see it before. Coordinators review it here.</summary>
public sealed class DetailModel(InitiativeBrowser browser, InitiativeSubmission submission, IAuthorizationService authorization) : PageModel
{
    public InitiativeBrowser.Detail Initiative { get; private set; } = default!;
    public bool CanReview { get; private set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostValiderAsync(int id) => ReviewAsync(id, validate: true);

    public Task<IActionResult> OnPostRefuserAsync(int id) => ReviewAsync(id, validate: false);

    private async Task<IActionResult> ReviewAsync(int id, bool validate)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!CanReview) return Forbid();
        var error = await submission.ReviewAsync(id, User.Actor(), validate, Reason, HttpContext.RequestAborted);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Reason), error);
            return Page();
        }
        TempData["Message"] = validate ? "L'initiative est publiée." : "L'initiative est refusée ; son auteur en est informé avec le motif.";
        return RedirectToPage("/Initiatives/Detail", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var actor = User.Actor();
        var initiative = await browser.FindAsync(id, User.UserId(), actor.Roles, ct);
        if (initiative is null) return false;
        Initiative = initiative;
        CanReview = initiative.Status == InitiativeStatus.AwaitingReview && User.Identity?.IsAuthenticated == true &&
                    (await authorization.AuthorizeAsync(User, new ConventionResource(initiative.ConventionId), InitiativePermissions.Review)).Succeeded;
        return true;
    }
}
