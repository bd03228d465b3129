using System.ComponentModel.DataAnnotations;
using Ctg.Participation.Accounts;
using Ctg.Participation.Security;
using Ctg.Participation.Web.Accounts;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Ctg.Participation.Web.Pages.Compte.Espace;

/// <summary>The account's passkeys: add one (WebAuthn in the browser, checked by Identity), name it, remove it.</summary>
[EnableRateLimiting(RateLimitExtensions.AccountPolicy)]
public sealed class ClesDAccesModel(UserManager<PortalUser> users, PasskeySignIn passkeys, AccountSecurity security) : PageModel
{
    public sealed record Key(string Id, string Name, DateTimeOffset CreatedAt);

    public sealed class AddInput
    {
        [Required(ErrorMessage = "Donnez un nom à cette clé, par exemple « Téléphone » ou « Ordinateur du bureau ».")]
        [StringLength(PasskeySignIn.NameLength, ErrorMessage = "Le nom compte au plus 60 caractères.")]
        public string Name { get; set; } = "";

        /// <summary>The browser's answer (PublicKeyCredential as JSON), filled by cles-d-acces.js.</summary>
        public string? Credential { get; set; }
    }

    public sealed class RenameInput
    {
        public string? Id { get; set; }

        [Required(ErrorMessage = "Saisissez un nom.")]
        [StringLength(PasskeySignIn.NameLength, ErrorMessage = "Le nom compte au plus 60 caractères.")]
        public string Name { get; set; } = "";
    }

    [BindProperty] public AddInput Input { get; set; } = new();
    [BindProperty] public RenameInput Rename { get; set; } = new();
    public IReadOnlyList<Key> Keys { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    /// <summary>The creation options for navigator.credentials.create (JSON, asked by the script).</summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        return Content(await passkeys.CreationOptionsAsync(user), "application/json");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        KeepErrorsOf("Input.");
        Input.Name = Input.Name?.Trim() ?? "";
        if (string.IsNullOrEmpty(Input.Credential))
        {
            ModelState.AddModelError("Input.Name", "Votre navigateur n'a pas créé de clé. Autorisez la demande de l'appareil, ou essayez un autre navigateur.");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var (passkey, error) = await passkeys.AttestAsync(user, Input.Credential!, Input.Name);
        if (passkey is null)
        {
            ModelState.AddModelError("Input.Name", error!);
            await LoadAsync(user);
            return Page();
        }
        var stored = await users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!stored.Succeeded)
        {
            ModelState.AddModelError("Input.Name", "Cette clé d'accès n'a pas pu être enregistrée. Recommencez.");
            await LoadAsync(user);
            return Page();
        }
        await security.EndOtherSessionsAsync(user, SecurityEventKinds.PasskeyAdded, Input.Name);
        TempData["Message"] = $"La clé d'accès « {Input.Name} » est ajoutée. Vos autres appareils sont déconnectés.";
        return RedirectToPage("/Compte/Espace/ClesDAcces");
    }

    public async Task<IActionResult> OnPostRenommerAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        KeepErrorsOf("Rename.");
        var passkey = await FindAsync(user, Rename.Id);
        if (passkey is null) return BadRequest();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        passkey.Name = Rename.Name.Trim();
        await users.AddOrUpdatePasskeyAsync(user, passkey);
        TempData["Message"] = "La clé d'accès est renommée.";
        return RedirectToPage("/Compte/Espace/ClesDAcces");
    }

    public async Task<IActionResult> OnPostRetirerAsync(string? id)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var passkey = await FindAsync(user, id);
        if (passkey is null) return BadRequest();
        await users.RemovePasskeyAsync(user, passkey.CredentialId);
        await security.EndOtherSessionsAsync(user, SecurityEventKinds.PasskeyRemoved, passkey.Name);
        TempData["Message"] = $"La clé d'accès « {passkey.Name} » est retirée : elle ne permet plus de se connecter.";
        return RedirectToPage("/Compte/Espace/ClesDAcces");
    }

    private async Task<UserPasskeyInfo?> FindAsync(PortalUser user, string? id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        byte[] credentialId;
        try { credentialId = WebEncoders.Base64UrlDecode(id); }
        catch (FormatException) { return null; }
        return await users.GetPasskeyAsync(user, credentialId);
    }

    /// <summary>
    /// Both forms' models are bound on every post; the other form's absent fields fail validation, and under the
    /// empty-prefix fallback their keys are "Name"/"Id", not "Rename.Name": keep only the errors of the form sent.
    /// </summary>
    private void KeepErrorsOf(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
    }

    private async Task LoadAsync(PortalUser user)
    {
        Keys = (await users.GetPasskeysAsync(user))
            .Select(p => new Key(WebEncoders.Base64UrlEncode(p.CredentialId), p.Name ?? "Clé sans nom", p.CreatedAt))
            .OrderBy(k => k.CreatedAt).ToList();
    }
}
