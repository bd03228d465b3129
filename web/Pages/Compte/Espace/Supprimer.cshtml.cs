using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Compte.Espace;

public sealed class SupprimerModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, ILogger<SupprimerModel> logger, Ctg.Participation.Web.Accounts.AccountSecurity security) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre mot de passe pour confirmer.")]
        public string Password { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Mot de passe incorrect : le compte n'a pas été supprimé.");
            return Page();
        }
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "Le compte n'a pas pu être supprimé. Réessayez.");
            return Page();
        }
        logger.LogInformation("Account {UserId} deleted by its owner", user.Id);
        // Its sessions went with it (cascade): every other browser is out on its next request.
        await security.RecordAsync(Ctg.Participation.Security.SecurityEventKinds.AccountDeleted, user.Id, "par la personne");
        await signIn.SignOutAsync();
        TempData["Message"] = "Votre compte est supprimé.";
        return RedirectToPage("/Index");
    }
}
