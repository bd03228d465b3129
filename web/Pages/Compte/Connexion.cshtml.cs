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
public sealed class ConnexionModel(AccountSecurity security, UserManager<PortalUser> users, AccountActivity activity, PasskeySignIn passkeys,
    Ctg.Participation.Web.ExternalIdentities.ExternalProviderRegistry providers) : PageModel
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

    /// <summary>Why a sign-in with FranceConnect, ProConnect or the department's provider failed (<c>?erreur=</c>).</summary>
    public string? ProviderError { get; private set; }

    public void OnGet(string? erreur, string? fournisseur) =>
        ProviderError = Ctg.Participation.Web.ExternalIdentities.ExternalSignInFailure.Message(erreur,
            fournisseur is { Length: > 0 and < 40 } ? providers.NameOf(fournisseur) : "le fournisseur d'identité");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var result = await security.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe);
        if (result.Succeeded)
        {
            var user = await users.FindByEmailAsync(Input.Email.Trim());
            if (user is not null) await activity.TouchAsync(user.Id, HttpContext.RequestAborted);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Compte/ConnexionDeuxFacteurs", new { ReturnUrl = SafeReturnUrl(ReturnUrl), RememberMe = Input.RememberMe });
        }
        if (result.IsNotAllowed)
        {
            ModelState.AddModelError("Input.Email", "Cette adresse n'est pas encore confirmée : ouvrez le lien reçu par courriel, ou demandez un nouvel envoi.");
            return Page();
        }
        // Wrong password, unknown address and locked account read the same: the page tells no one who is registered.
        ModelState.AddModelError("Input.Password", AccountSecurity.RefusedMessage);
        return Page();
    }

    /// <summary>Options for navigator.credentials.get (JSON, asked by cles-d-acces.js); the challenge is kept server-side.</summary>
    public async Task<IActionResult> OnPostOptionsCleAsync() => Content(await passkeys.RequestOptionsAsync(), "application/json");

    /// <summary>Sign-in with a passkey: the browser's assertion, checked by Identity (origin, challenge, signature).</summary>
    public async Task<IActionResult> OnPostCleAsync(string? credential)
    {
        ModelState.Clear();
        var user = string.IsNullOrEmpty(credential) ? null : await passkeys.SignInAsync(credential);
        if (user is null)
        {
            ModelState.AddModelError("", "La connexion avec une clé d'accès n'a pas abouti. Réessayez, ou connectez-vous avec votre mot de passe.");
            return Page();
        }
        await activity.TouchAsync(user.Id, HttpContext.RequestAborted);
        return LocalRedirect(SafeReturnUrl(ReturnUrl));
    }

    /// <summary>Only local paths: never send someone to another site after signing in (open redirect).</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
