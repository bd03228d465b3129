using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ctg.Participation.Web.Pages.Compte;

[EnableRateLimiting(RateLimitExtensions.AccountPolicy)]
public sealed class ConnexionModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AccountActivity activity) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide. Format attendu : nom@exemple.fr")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Saisissez votre mot de passe.")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await users.FindByEmailAsync(Input.Email.Trim());
            if (user is not null) await activity.TouchAsync(user.Id, HttpContext.RequestAborted);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return Redirect($"/compte/connexion/deux-facteurs?ReturnUrl={Uri.EscapeDataString(SafeReturnUrl(ReturnUrl))}&RememberMe={Input.RememberMe}");
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError("", "Ce compte est verrouillé pour 15 minutes après 5 tentatives infructueuses. Réessayez plus tard ou choisissez un nouveau mot de passe.");
            return Page();
        }
        if (result.IsNotAllowed)
        {
            ModelState.AddModelError("Input.Email", "Cette adresse n'est pas encore confirmée : ouvrez le lien reçu par courriel, ou demandez un nouvel envoi.");
            return Page();
        }
        ModelState.AddModelError("Input.Password", "Adresse électronique ou mot de passe incorrect.");
        return Page();
    }

    /// <summary>Only local paths: never send someone to another site after signing in (open redirect).</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
