using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Accounts;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Ctg.Participation.Web.Pages.Compte;

[EnableRateLimiting(RateLimitExtensions.AccountPolicy)]
public sealed class RenvoyerConfirmationModel(UserManager<PortalUser> users, AccountMails mails) : PageModel
{
    [BindProperty] public EmailInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null && !user.EmailConfirmed) await mails.SendConfirmationAsync(user, HttpContext);
        // Same answer whether or not the account exists: the form does not reveal who is registered.
        TempData["Message"] = "Si un compte non confirmé existe pour cette adresse, un nouveau lien vient d'y être envoyé.";
        return RedirectToPage("/Compte/Connexion");
    }
}
