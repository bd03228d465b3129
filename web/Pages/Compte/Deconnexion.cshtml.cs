using Ctg.Participation.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Compte;

/// <summary>Signing out is a POST (with antiforgery): a link or an image elsewhere cannot sign someone out.</summary>
public sealed class DeconnexionModel(SignInManager<PortalUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Message"] = "Vous êtes déconnecté.";
        return Redirect("/");
    }
}
