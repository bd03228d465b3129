using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Accounts;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;

namespace Ctg.Participation.Web.Pages.Compte;

[EnableRateLimiting(RateLimitExtensions.AccountPolicy)]
/// <remarks>
/// An address that already has an account gets exactly the answer a new one gets (and its owner a mail): the page never
/// tells whether someone is registered.
/// </remarks>
public sealed class InscriptionModel(UserManager<PortalUser> users, AccountMails mails, MunicipalityOptions communes, TimeProvider clock, AccountSecurity security) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public List<SelectListItem> Municipalities { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide. Format attendu : nom@exemple.fr")]
        [StringLength(256, ErrorMessage = "L'adresse électronique est trop longue.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Saisissez un nom d'affichage.")]
        [StringLength(60, MinimumLength = 2, ErrorMessage = "Le nom d'affichage doit compter entre 2 et 60 caractères.")]
        public string DisplayName { get; set; } = "";

        public string? MunicipalityInseeCode { get; set; }

        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [StringLength(200, ErrorMessage = "Le mot de passe est trop long.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirmez le mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task OnGetAsync() => Municipalities = await communes.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        // Empty fields bind as null: the [Required] messages say what is missing.
        Input.Email = Input.Email?.Trim() ?? "";
        Input.DisplayName = DisplayNames.Normalize(Input.DisplayName);
        if (Input.DisplayName.Length > 0 && DisplayNames.Problem(Input.DisplayName) is { } problem) ModelState.AddModelError("Input.DisplayName", problem);
        if (!string.IsNullOrEmpty(Input.MunicipalityInseeCode) && !await communes.ExistsAsync(Input.MunicipalityInseeCode, ct))
        {
            ModelState.AddModelError("Input.MunicipalityInseeCode", "Choisissez une commune dans la liste.");
        }
        if (!ModelState.IsValid)
        {
            Municipalities = await communes.ListAsync(ct);
            return Page();
        }

        var existing = await users.FindByEmailAsync(Input.Email);
        if (existing is not null) return await AnswerForExistingAsync(existing);

        var now = clock.GetUtcNow();
        var user = new PortalUser
        {
            UserName = Input.Email, Email = Input.Email, DisplayName = Input.DisplayName,
            MunicipalityInseeCode = string.IsNullOrEmpty(Input.MunicipalityInseeCode) ? null : Input.MunicipalityInseeCode,
            CreatedAt = now, LastSeenAt = now,
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created);
            Municipalities = await communes.ListAsync(ct);
            return Page();
        }
        await users.AddToRoleAsync(user, PortalRoles.Resident);
        await mails.SendConfirmationAsync(user, HttpContext);
        return Done();
    }

    /// <summary>Same checks, same cost, same answer as a new registration; the owner of the address is told by mail.</summary>
    private async Task<IActionResult> AnswerForExistingAsync(PortalUser existing)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new PortalUser { UserName = Input.Email, Email = Input.Email }, Input.Password);
            errors.AddRange(result.Errors);
        }
        if (errors.Count > 0)
        {
            IdentityErrors.AddTo(ModelState, IdentityResult.Failed(errors.ToArray()));
            Municipalities = await communes.ListAsync(HttpContext.RequestAborted);
            return Page();
        }
        security.BurnHash(Input.Password);
        if (existing.EmailConfirmed) await mails.SendRegistrationAttemptAsync(existing, HttpContext);
        else await mails.SendConfirmationAsync(existing, HttpContext);
        await security.RecordAsync(Ctg.Participation.Security.SecurityEventKinds.RegistrationAttemptOnExistingAddress, existing.Id);
        return Done();
    }

    private IActionResult Done()
    {
        TempData["Message"] = $"Un lien de confirmation vient d'être envoyé à {Input.Email} : ouvrez-le pour activer votre compte et vous connecter.";
        return RedirectToPage("/Compte/Connexion");
    }
}
