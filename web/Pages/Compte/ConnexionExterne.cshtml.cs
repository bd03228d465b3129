using Ctg.Participation.Accounts;
using Ctg.Participation.ExternalIdentities;
using Ctg.Participation.Security;
using Ctg.Participation.Web.Accounts;
using Ctg.Participation.Web.Extensions;
using Ctg.Participation.Web.ExternalIdentities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;

namespace Ctg.Participation.Web.Pages.Compte;

/// <summary>
/// Sign-in with FranceConnect, ProConnect or the department's provider: starts the journey (POST, antiforgery), then
/// receives the checked answer and asks what to do with it — a display name for a new account, or the password of the
/// account that already uses the address. Nothing is created before the person answers.
/// </summary>
[EnableRateLimiting(RateLimitExtensions.AccountPolicy)]
public sealed class ConnexionExterneModel(
    ExternalSignIn external, ExternalProviderRegistry registry, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    MunicipalityOptions communes, ILogger<ConnexionExterneModel> logger) : PageModel
{
    private string? CurrentUserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    public enum Step { CreateAccount, LinkWithPassword, StaffOnly }

    public Step Mode { get; private set; }
    public string ProviderName { get; private set; } = "";
    public bool IsFranceConnect { get; private set; }
    public string? Email { get; private set; }
    public List<SelectListItem> Municipalities { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public CreateInput Create { get; set; } = new();
    [BindProperty] public LinkInput Link { get; set; } = new();

    /// <summary>Checked by hand: the page has two forms and only the posted one is validated.</summary>
    public sealed class CreateInput
    {
        public string? DisplayName { get; set; }

        public string? MunicipalityInseeCode { get; set; }
    }

    public sealed class LinkInput
    {
        public string? Password { get; set; }
    }

    /// <summary>The button of a provider: off to the provider, with state, nonce (and PKCE) kept by the handler.</summary>
    public Task<IActionResult> OnPostDemarrerAsync(string? fournisseur) => ChallengeAsync(fournisseur, linkUserId: null);

    /// <summary>From « Mon compte »: link a provider to the signed-in account.</summary>
    public Task<IActionResult> OnPostLierCompteAsync(string? fournisseur)
    {
        var userId = CurrentUserId;
        if (userId is null) return Task.FromResult<IActionResult>(RedirectToPage("/Compte/Connexion", new { ReturnUrl = "/compte" }));
        ReturnUrl = "/compte";
        return ChallengeAsync(fournisseur, userId);
    }

    private async Task<IActionResult> ChallengeAsync(string? scheme, string? linkUserId)
    {
        var provider = registry.Find(scheme);
        if (provider is null) return BadRequest();
        var properties = signIn.ConfigureExternalAuthenticationProperties(provider.Scheme,
            "/compte/connexion-externe?ReturnUrl=" + Uri.EscapeDataString(ConnexionModel.SafeReturnUrl(ReturnUrl)));
        if (linkUserId is not null) properties.Items[ExternalSignInExtensions.LinkUserItem] = linkUserId;
        try
        {
            // Reads the provider's discovery document first: a provider that is down fails here, not at the provider.
            await HttpContext.ChallengeAsync(provider.Scheme, properties);
            return new EmptyResult();
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException or IOException)
        {
            logger.LogWarning(ex, "{Provider} unreachable at the start of a sign-in", provider.Scheme);
            await external.RecordAsync(SecurityEventKinds.ExternalSignInRefused, CurrentUserId, $"{provider.DisplayName} : {ExternalSignInFailure.Unavailable} — {ex.GetType().Name}");
            Response.Clear();
            return RedirectToPage("/Compte/Connexion", new { erreur = ExternalSignInFailure.Unavailable, fournisseur = provider.Scheme });
        }
    }

    /// <summary>Where the handler lands after checking the provider's answer.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var pending = await external.ReadAsync();
        if (pending is null) return RedirectToPage("/Compte/Connexion", new { erreur = ExternalSignInFailure.Expired });
        var linked = await external.FindLinkedAsync(pending);

        if (pending.LinkUserId is { } linkUserId)
        {
            return await LinkToSignedInAccountAsync(pending, linked, linkUserId);
        }
        if (linked is not null) return await SignInAsync(linked, pending);
        return await ShowChoiceAsync(pending);
    }

    /// <summary>First sign-in: a new account under a display name the person chooses.</summary>
    public async Task<IActionResult> OnPostCreerAsync()
    {
        var pending = await external.ReadAsync();
        if (pending is null) return RedirectToPage("/Compte/Connexion", new { erreur = ExternalSignInFailure.Expired });
        if (await external.FindLinkedAsync(pending) is { } linked) return await SignInAsync(linked, pending);
        if (pending.Email is null || !pending.EmailVerified || await external.FindByAddressAsync(pending) is not null
            || pending.Scheme == ExternalProvider.ProConnectScheme)
        {
            // The choice offered was not this one (a forged post, or the account appeared meanwhile): ask again.
            return await ShowChoiceAsync(pending);
        }
        var displayName = Create.DisplayName = DisplayNames.Normalize(Create.DisplayName);
        if (displayName.Length == 0) ModelState.AddModelError("Create.DisplayName", "Choisissez un nom d'affichage.");
        else if (displayName.Length is < 2 or > 60) ModelState.AddModelError("Create.DisplayName", "Le nom d'affichage doit compter entre 2 et 60 caractères.");
        else if (DisplayNames.Problem(displayName) is { } problem) ModelState.AddModelError("Create.DisplayName", problem);
        var municipality = string.IsNullOrEmpty(Create.MunicipalityInseeCode) ? null : Create.MunicipalityInseeCode;
        if (municipality is not null && !await communes.ExistsAsync(municipality, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Create.MunicipalityInseeCode", "Choisissez une commune dans la liste.");
        }
        if (!ModelState.IsValid) return await ShowChoiceAsync(pending);

        var (user, result) = await external.CreateAsync(pending, displayName, municipality);
        if (user is null)
        {
            Web.Accounts.IdentityErrors.AddTo(ModelState, result);
            return await ShowChoiceAsync(pending);
        }
        TempData["Message"] = $"Bienvenue, {user.DisplayName} : votre compte est créé.";
        return await SignInAsync(user, pending);
    }

    /// <summary>The address already has an account: its password proves the person owns it, then the identity is linked.</summary>
    public async Task<IActionResult> OnPostLierAsync()
    {
        var pending = await external.ReadAsync();
        if (pending is null) return RedirectToPage("/Compte/Connexion", new { erreur = ExternalSignInFailure.Expired });
        var existing = await external.FindByAddressAsync(pending);
        if (existing is null) return await ShowChoiceAsync(pending);
        if (string.IsNullOrEmpty(Link.Password))
        {
            ModelState.AddModelError("Link.Password", "Saisissez le mot de passe de ce compte.");
            return await ShowChoiceAsync(pending);
        }

        var check = await signIn.CheckPasswordSignInAsync(existing, Link.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await external.RecordAsync(SecurityEventKinds.SignInFailed, existing.Id, $"{pending.ProviderName} : liaison, mot de passe incorrect");
            ModelState.AddModelError("Link.Password", check.IsLockedOut
                ? "Ce compte est verrouillé pour 15 minutes après 5 essais infructueux. Patientez, ou choisissez un nouveau mot de passe avec « Mot de passe oublié »."
                : "Mot de passe incorrect. Après 5 essais infructueux, le compte est verrouillé pour 15 minutes.");
            return await ShowChoiceAsync(pending);
        }
        var linked = await external.LinkAsync(existing, pending);
        if (!linked.Succeeded)
        {
            ModelState.AddModelError("", $"Votre compte n'a pas pu être lié à {pending.ProviderName}. Réessayez.");
            return await ShowChoiceAsync(pending);
        }
        TempData["Message"] = $"{pending.ProviderName} est lié à votre compte : la prochaine fois, le bouton {pending.ProviderName} suffit.";
        return await SignInAsync(existing, pending);
    }

    private async Task<IActionResult> LinkToSignedInAccountAsync(ExternalSignIn.Pending pending, PortalUser? linked, string linkUserId)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (CurrentUserId != linkUserId) return RedirectToPage("/Compte/Connexion", new { erreur = ExternalSignInFailure.State, fournisseur = pending.Scheme });
        var user = await users.FindByIdAsync(linkUserId);
        if (user is null) return RedirectToPage("/Compte/Connexion");
        if (linked is not null && linked.Id != user.Id)
        {
            TempData["Message"] = $"Cette identité {pending.ProviderName} est déjà liée à un autre compte du portail : rien n'a changé.";
            return RedirectToPage("/Compte/Espace/Index");
        }
        if (linked is null)
        {
            var result = await external.LinkAsync(user, pending);
            TempData["Message"] = result.Succeeded ? $"{pending.ProviderName} est lié à votre compte." : $"{pending.ProviderName} n'a pas pu être lié. Réessayez.";
        }
        else
        {
            TempData["Message"] = $"{pending.ProviderName} était déjà lié à votre compte.";
        }
        return RedirectToPage("/Compte/Espace/Index");
    }

    private async Task<IActionResult> SignInAsync(PortalUser user, ExternalSignIn.Pending pending)
    {
        var back = ConnexionModel.SafeReturnUrl(ReturnUrl);
        switch (await external.SignInAsync(user, pending))
        {
            case ExternalSignIn.Outcome.SignedIn:
                return LocalRedirect(back);
            case ExternalSignIn.Outcome.RequiresTwoFactor:
                return RedirectToPage("/Compte/ConnexionDeuxFacteurs", new { ReturnUrl = back, RememberMe = "False" });
            default:
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                TempData.Remove("Message");
                return RedirectToPage("/Compte/Connexion", new { erreur = ExternalSignInFailure.Token, fournisseur = pending.Scheme });
        }
    }

    private async Task<IActionResult> ShowChoiceAsync(ExternalSignIn.Pending pending)
    {
        ProviderName = pending.ProviderName;
        IsFranceConnect = pending.IsFranceConnect;
        Email = pending.Email;
        if (pending.Email is null || !pending.EmailVerified)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
            return RedirectToPage("/Compte/Connexion", new { erreur = ExternalSignInFailure.NoEmail, fournisseur = pending.Scheme });
        }
        if (await external.FindByAddressAsync(pending) is not null) Mode = Step.LinkWithPassword;
        else if (pending.Scheme == ExternalProvider.ProConnectScheme) Mode = Step.StaffOnly;
        else Mode = Step.CreateAccount;
        Municipalities = await communes.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
