using Ctg.Participation.Conventions;
using Ctg.Participation.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>The members of a CTG's networks and working groups. Reading needs ReadBackOffice; every change re-checks ManageBackOffice.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class MembresModel(ConventionBackOffice backOffice, IAuthorizationService authorization) : PageModel
{
    public ConventionBackOffice.Overview Overview { get; private set; } = default!;
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg) => await LoadAsync(ctg) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAjouterAsync(string ctg, TeamKind kind, int teamId, string? email)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (!Enum.IsDefined(kind)) return BadRequest();
        if (string.IsNullOrWhiteSpace(email) || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            ModelState.AddModelError($"ajout-{kind}-{teamId}", "Saisissez l'adresse électronique du compte à ajouter.");
            return Page();
        }
        var error = await backOffice.AddMemberAsync(Overview.Convention.Id, kind, teamId, email, HttpContext.RequestAborted);
        if (error is not null)
        {
            ModelState.AddModelError($"ajout-{kind}-{teamId}", error);
            return Page();
        }
        TempData["Message"] = "Le membre est ajouté.";
        return RedirectToPage("/Coordination/Membres", new { ctg = ctg });
    }

    public async Task<IActionResult> OnPostRetirerAsync(string ctg, TeamKind kind, int teamId, string userId)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (!await backOffice.RemoveMemberAsync(Overview.Convention.Id, kind, teamId, userId, HttpContext.RequestAborted)) return BadRequest();
        TempData["Message"] = "Le membre est retiré.";
        return RedirectToPage("/Coordination/Membres", new { ctg = ctg });
    }

    private async Task<bool> LoadAsync(string ctg)
    {
        var overview = await backOffice.LoadAsync(ctg, HttpContext.RequestAborted);
        if (overview is null) return false;
        Overview = overview;
        CanManage = (await authorization.AuthorizeAsync(User, new ConventionResource(overview.Convention.Id), ConventionPermissions.ManageBackOffice)).Succeeded;
        return true;
    }
}
