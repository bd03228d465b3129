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
public sealed class MotDePasseOublieModel(UserManager<PortalUser> users, AccountMails mails) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide. Format attendu : nom@exemple.fr")]
        public string Email { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null && user.EmailConfirmed) await mails.SendPasswordResetAsync(user, HttpContext);
        TempData["Message"] = "Si un compte existe pour cette adresse, un lien pour choisir un nouveau mot de passe vient d'y être envoyé.";
        return Redirect("/compte/connexion");
    }
}
