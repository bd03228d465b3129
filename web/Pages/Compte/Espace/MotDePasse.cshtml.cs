using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Compte.Espace;

public sealed class MotDePasseModel(UserManager<PortalUser> users, AccountSecurity security) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Choisissez un nouveau mot de passe.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirmez le nouveau mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Where(e => e.Code == "PasswordMismatch"))
            {
                ModelState.AddModelError("Input.CurrentPassword", "Le mot de passe actuel est incorrect.");
            }
            IdentityErrors.AddTo(ModelState, IdentityResult.Failed(result.Errors.Where(e => e.Code != "PasswordMismatch").ToArray()));
            return Page();
        }
        // The other browsers signed in with the old password are out at once; this one stays signed in.
        await security.EndOtherSessionsAsync(user, Ctg.Participation.Security.SecurityEventKinds.PasswordChanged);
        TempData["Message"] = "Votre mot de passe est changé. Vos autres appareils sont déconnectés.";
        return RedirectToPage("/Compte/Espace/Index");
    }
}
