using Ctg.Participation.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Compte;

/// <summary>Signing out is a POST (with antiforgery): a link or an image elsewhere cannot sign someone out.</summary>
public sealed class DeconnexionModel(AccountSecurity security) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // Ends the server-side session too: the old cookie, replayed, opens nothing.
        await security.SignOutAsync();
        TempData["Message"] = "Vous êtes déconnecté.";
        return Redirect("/");
    }
}
