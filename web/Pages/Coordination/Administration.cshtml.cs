using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ctg.Participation.Web.Pages.Coordination;

[Authorize(Policy = ConventionPermissions.Administer)]
public sealed class AdministrationModel(PortalSettings settings, StaffAdministration staff, ConventionDirectory directory, Ctg.Participation.Security.ISecurityJournal journal) : PageModel
{
    [BindProperty] public bool RequireStaffTwoFactor { get; set; }
    [BindProperty] public AssignInput Assign { get; set; } = new();
    [BindProperty] public string? AdvisorEmail { get; set; }
    [BindProperty] public string? LockEmail { get; set; }

    public IReadOnlyList<StaffAdministration.StaffMember> Staff { get; private set; } = [];
    public List<SelectListItem> ConventionOptions { get; private set; } = [];

    public sealed class AssignInput
    {
        [Required(ErrorMessage = "Saisissez l'adresse du compte.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choisissez une CTG.")]
        public int? ConventionId { get; set; }
    }

    public async Task OnGetAsync()
    {
        RequireStaffTwoFactor = await settings.IsStaffTwoFactorRequiredAsync(HttpContext.RequestAborted);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostDoubleAuthentificationAsync()
    {
        await settings.SetStaffTwoFactorRequiredAsync(RequireStaffTwoFactor, HttpContext.RequestAborted);
        await journal.RecordAsync(Ctg.Participation.Security.SecurityEventKinds.AdministratorAction, null, HttpContext.Connection.RemoteIpAddress,
            RequireStaffTwoFactor ? "double authentification exigée du personnel" : "double authentification non exigée", User.FindFirstValue(System.Security.Claims.ClaimTypes.NameIdentifier), HttpContext.RequestAborted);
        TempData["Message"] = RequireStaffTwoFactor ? "La double authentification est désormais exigée pour le personnel." : "La double authentification n'est plus exigée.";
        return RedirectToPage("/Coordination/Administration");
    }

    public async Task<IActionResult> OnPostRattacherAsync()
    {
        ModelState.Remove(nameof(AdvisorEmail));
        if (ModelState.IsValid)
        {
            var error = await staff.AssignCoordinatorAsync(Assign.Email, Assign.ConventionId!.Value, User.FindFirstValue(System.Security.Claims.ClaimTypes.NameIdentifier), HttpContext.Connection.RemoteIpAddress, HttpContext.RequestAborted);
            if (error is null)
            {
                TempData["Message"] = "Le chargé de coopération est rattaché à la CTG.";
                return RedirectToPage("/Coordination/Administration");
            }
            ModelState.AddModelError("Assign.Email", error);
        }
        RequireStaffTwoFactor = await settings.IsStaffTwoFactorRequiredAsync(HttpContext.RequestAborted);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostConseillerAsync()
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Assign.", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        var error = string.IsNullOrWhiteSpace(AdvisorEmail) || !new EmailAddressAttribute().IsValid(AdvisorEmail)
            ? "Saisissez une adresse électronique valide."
            : await staff.MakeCafAdvisorAsync(AdvisorEmail, User.FindFirstValue(System.Security.Claims.ClaimTypes.NameIdentifier), HttpContext.Connection.RemoteIpAddress, HttpContext.RequestAborted);
        if (error is null)
        {
            TempData["Message"] = "Le conseiller Caf est désigné.";
            return RedirectToPage("/Coordination/Administration");
        }
        ModelState.AddModelError(nameof(AdvisorEmail), error);
        RequireStaffTwoFactor = await settings.IsStaffTwoFactorRequiredAsync(HttpContext.RequestAborted);
        await LoadAsync();
        return Page();
    }

    /// <summary>Locks an account (no sign-in, every session ended at once); the same form unlocks it.</summary>
    public Task<IActionResult> OnPostVerrouillerAsync() => ChangeLockAsync(lockIt: true);

    public Task<IActionResult> OnPostDeverrouillerAsync() => ChangeLockAsync(lockIt: false);

    private async Task<IActionResult> ChangeLockAsync(bool lockIt)
    {
        foreach (var key in ModelState.Keys.Where(k => k != nameof(LockEmail)).ToList()) ModelState.Remove(key);
        var actor = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var error = string.IsNullOrWhiteSpace(LockEmail) || !new EmailAddressAttribute().IsValid(LockEmail)
            ? "Saisissez l'adresse électronique du compte."
            : lockIt
                ? await staff.LockAsync(LockEmail, actor, HttpContext.Connection.RemoteIpAddress, HttpContext.RequestAborted)
                : await staff.UnlockAsync(LockEmail, actor, HttpContext.Connection.RemoteIpAddress, HttpContext.RequestAborted);
        if (error is null)
        {
            TempData["Message"] = lockIt ? "Le compte est verrouillé : ses sessions sont fermées." : "Le compte est déverrouillé.";
            return RedirectToPage("/Coordination/Administration");
        }
        ModelState.AddModelError(nameof(LockEmail), error);
        RequireStaffTwoFactor = await settings.IsStaffTwoFactorRequiredAsync(HttpContext.RequestAborted);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Staff = await staff.ListAsync(HttpContext.RequestAborted);
        ConventionOptions = (await directory.ListAsync(HttpContext.RequestAborted)).Select(c => new SelectListItem(c.Name, c.Id.ToString(PortalCulture.French))).ToList();
        ConventionOptions.Insert(0, new SelectListItem("Choisir une CTG", ""));
    }
}
