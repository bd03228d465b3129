using Ctg.Participation.Web.Accounts;
using Ctg.Participation.Web.ExternalIdentities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Compte;

/// <summary>Signing out is a POST (with antiforgery): a link or an image elsewhere cannot sign someone out.</summary>
public sealed class DeconnexionModel(AccountSecurity security, ExternalProviderRegistry providers, ILogger<DeconnexionModel> logger) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // A session opened with a provider also ends at the provider (FranceConnect asks for it): its end_session_endpoint
        // with the ID token as hint, back to the portal afterwards.
        var provider = providers.Find(User.FindFirst("amr")?.Value);
        var idToken = provider is null ? null : await HttpContext.GetTokenAsync(IdentityConstants.ApplicationScheme, "id_token");
        // Ends the server-side session too: the old cookie, replayed, opens nothing.
        await security.SignOutAsync();
        TempData["Message"] = "Vous êtes déconnecté.";
        if (provider is not null && idToken is not null)
        {
            var properties = new AuthenticationProperties { RedirectUri = "/" };
            properties.Items[ExternalSignInExtensions.IdTokenItem] = idToken;
            try
            {
                await HttpContext.SignOutAsync(provider.Scheme, properties);
                return new EmptyResult();
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException or IOException)
            {
                // The provider is away: the portal's session is closed anyway.
                logger.LogWarning(ex, "{Provider} logout could not be reached", provider.Scheme);
                Response.Clear();
                TempData["Message"] = $"Vous êtes déconnecté du portail. {provider.DisplayName} ne répond pas : fermez votre navigateur pour terminer aussi votre session {provider.DisplayName}.";
            }
        }
        return RedirectToPage("/Index");
    }
}
