using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Accounts;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ctg.Participation.Web.Pages.Compte;

[EnableRateLimiting(RateLimitExtensions.AccountPolicy)]
public sealed class ReinitialiserMotDePasseModel(UserManager<PortalUser> users, UserSessions sessions, AccountSecurity security) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide. Format attendu : nom@exemple.fr")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirmez le mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public IActionResult OnGet(string? code, string? courriel)
    {
        if (string.IsNullOrEmpty(code)) return BadRequest();
        Input = new InputModel { Code = code, Email = courriel ?? "" };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var token = AccountMails.Decode(Input.Code);
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || token is null)
        {
            ModelState.AddModelError("", "Ce lien n'est plus valable. Demandez-en un nouveau depuis « Mot de passe oublié ».");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result);
            return Page();
        }
        // A reset also ends a lockout: the person has just proved they own the mailbox.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        // Whoever was signed in with the old password is out now, on every device.
        var ended = await sessions.RevokeAllAsync(user.Id, ct: HttpContext.RequestAborted);
        await security.RecordAsync(Ctg.Participation.Security.SecurityEventKinds.PasswordReset, user.Id);
        if (ended > 0) await security.RecordAsync(Ctg.Participation.Security.SecurityEventKinds.SessionsRevoked, user.Id, $"{ended} session(s) fermée(s)");
        TempData["Message"] = "Votre mot de passe est changé. Vous pouvez vous connecter.";
        return RedirectToPage("/Compte/Connexion");
    }
}
