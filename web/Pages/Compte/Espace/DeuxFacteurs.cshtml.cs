using System.ComponentModel.DataAnnotations;
using System.Text;
using Ctg.Participation.Accounts;
using Ctg.Participation.Security;
using Ctg.Participation.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Ctg.Participation.Web.Pages.Compte.Espace;

/// <summary>Turns on two-factor sign-in with an authenticator app (Identity's built-in TOTP) and shows recovery codes once.</summary>
public sealed class DeuxFacteursModel(UserManager<PortalUser> users, AccountSecurity security, PortalSettings settings) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Enabled { get; private set; }
    public bool RequiredForMe { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public int RecoveryCodesLeft { get; private set; }
    public string[]? RecoveryCodes { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez le code affiché par l'application.")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (TempData["RecoveryCodes"] is string codes) RecoveryCodes = codes.Split(' ');
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var code = (Input.Code ?? "").Replace(" ", "").Replace("-", "");
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError("Input.Code", "Ce code n'est pas valable. Vérifiez que l'heure de votre téléphone est juste et saisissez le code affiché.");
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await security.EndOtherSessionsAsync(user, SecurityEventKinds.TwoFactorChanged, "activée");
        TempData["RecoveryCodes"] = string.Join(' ', recovery);
        TempData["Message"] = "La double authentification est activée.";
        return RedirectToPage("/Compte/Espace/DeuxFacteurs");
    }

    public async Task<IActionResult> OnPostNouveauxCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!user.TwoFactorEnabled) return BadRequest();
        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await security.RecordAsync(SecurityEventKinds.TwoFactorChanged, user.Id, "nouveaux codes de secours");
        TempData["RecoveryCodes"] = string.Join(' ', recovery);
        return RedirectToPage("/Compte/Espace/DeuxFacteurs");
    }

    public async Task<IActionResult> OnPostDesactiverAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await IsRequiredForAsync(user)) return BadRequest();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await security.EndOtherSessionsAsync(user, SecurityEventKinds.TwoFactorChanged, "désactivée");
        TempData["Message"] = "La double authentification est désactivée.";
        return RedirectToPage("/Compte/Espace/DeuxFacteurs");
    }

    private async Task<bool> IsRequiredForAsync(PortalUser user)
    {
        if (!await settings.IsStaffTwoFactorRequiredAsync(HttpContext.RequestAborted)) return false;
        var roles = await users.GetRolesAsync(user);
        return roles.Any(PortalRoles.Staff.Contains);
    }

    private async Task LoadAsync(PortalUser user)
    {
        Enabled = user.TwoFactorEnabled;
        RequiredForMe = await IsRequiredForAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = FormatKey(key);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Ctg.Participation:" + user.Email)}?secret={key}&issuer={Uri.EscapeDataString("Ctg.Participation")}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    private static string FormatKey(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return builder.ToString().ToLowerInvariant().TrimEnd();
    }
}
