using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ctg.Participation.Web.Pages.Compte;

/// <summary>Second step of a two-factor sign-in: an authenticator code (TOTP) or a one-time recovery code.</summary>
[EnableRateLimiting(RateLimitExtensions.AccountPolicy)]
public sealed class ConnexionDeuxFacteursModel(SignInManager<PortalUser> signIn, AccountActivity activity) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez le code.")]
        [StringLength(20, ErrorMessage = "Ce code est trop long.")]
        public string Code { get; set; } = "";

        public bool RememberDevice { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/Compte/Connexion");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Compte/Connexion");
        if (!ModelState.IsValid) return Page();

        var code = Input.Code.Replace(" ", "").Replace("-", "");
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberDevice)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Replace(" ", ""));

        if (result.Succeeded)
        {
            await activity.TouchAsync(user.Id, HttpContext.RequestAborted);
            return LocalRedirect(ConnexionModel.SafeReturnUrl(ReturnUrl));
        }
        ModelState.AddModelError("Input.Code", result.IsLockedOut
            ? "Ce compte est verrouillé pour 15 minutes après plusieurs codes erronés."
            : "Ce code n'est pas valable. Vérifiez l'heure de votre téléphone, ou utilisez un code de secours.");
        return Page();
    }
}
