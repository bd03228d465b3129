using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Accounts;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;

namespace Ctg.Participation.Web.Pages.Compte;

[EnableRateLimiting(RateLimitExtensions.AccountPolicy)]
public sealed class InscriptionModel(UserManager<PortalUser> users, AccountMails mails, MunicipalityOptions communes, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public List<SelectListItem> Municipalities { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide. Format attendu : nom@exemple.fr")]
        [StringLength(256, ErrorMessage = "L'adresse électronique est trop longue.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Saisissez un nom d'affichage.")]
        [StringLength(60, MinimumLength = 2, ErrorMessage = "Le nom d'affichage doit compter entre 2 et 60 caractères.")]
        public string DisplayName { get; set; } = "";

        public string? MunicipalityInseeCode { get; set; }

        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [StringLength(200, ErrorMessage = "Le mot de passe est trop long.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Confirmez le mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task OnGetAsync() => Municipalities = await communes.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        Input.Email = Input.Email.Trim();
        Input.DisplayName = DisplayNames.Normalize(Input.DisplayName);
        if (DisplayNames.Problem(Input.DisplayName) is { } problem) ModelState.AddModelError("Input.DisplayName", problem);
        if (!string.IsNullOrEmpty(Input.MunicipalityInseeCode) && !await communes.ExistsAsync(Input.MunicipalityInseeCode, ct))
        {
            ModelState.AddModelError("Input.MunicipalityInseeCode", "Choisissez une commune dans la liste.");
        }
        if (!ModelState.IsValid)
        {
            Municipalities = await communes.ListAsync(ct);
            return Page();
        }

        var now = clock.GetUtcNow();
        var user = new PortalUser
        {
            UserName = Input.Email, Email = Input.Email, DisplayName = Input.DisplayName,
            MunicipalityInseeCode = string.IsNullOrEmpty(Input.MunicipalityInseeCode) ? null : Input.MunicipalityInseeCode,
            CreatedAt = now, LastSeenAt = now,
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created);
            Municipalities = await communes.ListAsync(ct);
            return Page();
        }
        await users.AddToRoleAsync(user, PortalRoles.Resident);
        await mails.SendConfirmationAsync(user, HttpContext);

        TempData["Message"] = $"Votre compte est créé. Un lien de confirmation a été envoyé à {Input.Email} : ouvrez-le pour pouvoir vous connecter.";
        return Redirect("/compte/connexion");
    }
}
