using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Ctg.Participation.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ctg.Participation.Web.Pages.Compte.Espace;

public sealed class IndexModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, MunicipalityOptions communes, UserSessions sessions, AccountSecurity security) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public string Email { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];
    public bool TwoFactorEnabled { get; private set; }
    public List<SelectListItem> Municipalities { get; private set; } = [];
    public IReadOnlyList<UserSessions.Active> Sessions { get; private set; } = [];
    public string? CurrentSessionId { get; private set; }
    public int PasskeyCount { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez un nom d'affichage.")]
        [StringLength(60, MinimumLength = 2, ErrorMessage = "Le nom d'affichage doit compter entre 2 et 60 caractères.")]
        public string DisplayName { get; set; } = "";

        public string? MunicipalityInseeCode { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Input = new InputModel { DisplayName = user.DisplayName, MunicipalityInseeCode = user.MunicipalityInseeCode };
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var ct = HttpContext.RequestAborted;

        Input.DisplayName = DisplayNames.Normalize(Input.DisplayName);
        if (DisplayNames.Problem(Input.DisplayName) is { } problem) ModelState.AddModelError("Input.DisplayName", problem);
        if (!string.IsNullOrEmpty(Input.MunicipalityInseeCode) && !await communes.ExistsAsync(Input.MunicipalityInseeCode, ct))
        {
            ModelState.AddModelError("Input.MunicipalityInseeCode", "Choisissez une commune dans la liste.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        user.DisplayName = Input.DisplayName;
        user.MunicipalityInseeCode = string.IsNullOrEmpty(Input.MunicipalityInseeCode) ? null : Input.MunicipalityInseeCode;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, result);
            await LoadAsync(user);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Votre profil est enregistré.";
        return RedirectToPage("/Compte/Espace/Index");
    }

    /// <summary>« Se déconnecter de tous les appareils »: every session ends, this one included.</summary>
    public async Task<IActionResult> OnPostToutesSessionsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var ended = await sessions.RevokeAllAsync(user.Id, ct: HttpContext.RequestAborted);
        await users.UpdateSecurityStampAsync(user);
        await security.RecordAsync(Ctg.Participation.Security.SecurityEventKinds.SessionsRevoked, user.Id, $"tous les appareils ({ended})");
        await signIn.SignOutAsync();
        TempData["Message"] = "Vous êtes déconnecté de tous vos appareils.";
        return RedirectToPage("/Compte/Connexion");
    }

    /// <summary>Ends one other session of the list (a forgotten computer).</summary>
    /// <summary>Unlinks FranceConnect, ProConnect or the department's provider (never the account's only way in).</summary>
    public async Task<IActionResult> OnPostRetirerIdentiteAsync(string? fournisseur, [FromServices] Ctg.Participation.Web.ExternalIdentities.ExternalSignIn external)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (string.IsNullOrEmpty(fournisseur) || fournisseur.Length > 40) return BadRequest();
        var problem = await external.UnlinkAsync(user, fournisseur);
        TempData["Message"] = problem ?? $"{Ctg.Participation.ExternalIdentities.ExternalProvider.NameOf(fournisseur)} est retiré de votre compte.";
        return RedirectToPage("/Compte/Espace/Index", null, null, "titre-identites");
    }

    public async Task<IActionResult> OnPostFermerSessionAsync(string? session)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var mine = await sessions.ListActiveAsync(user.Id, HttpContext.RequestAborted);
        if (string.IsNullOrEmpty(session) || mine.All(s => s.Id != session)) return BadRequest();
        await sessions.RevokeAsync(session, HttpContext.RequestAborted);
        await security.RecordAsync(Ctg.Participation.Security.SecurityEventKinds.SessionsRevoked, user.Id, "une session");
        TempData["Message"] = "Cette session est fermée.";
        return RedirectToPage("/Compte/Espace/Index");
    }

    private async Task LoadAsync(PortalUser user)
    {
        Sessions = await sessions.ListActiveAsync(user.Id, HttpContext.RequestAborted);
        CurrentSessionId = SessionCookie.SessionId(User);
        PasskeyCount = (await users.GetPasskeysAsync(user)).Count;
        Email = user.Email ?? "";
        Roles = await users.GetRolesAsync(user);
        TwoFactorEnabled = user.TwoFactorEnabled;
        Municipalities = await communes.ListAsync(HttpContext.RequestAborted);
    }
}
