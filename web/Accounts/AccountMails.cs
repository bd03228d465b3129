using System.Text;
using Ctg.Participation.Accounts;
using Ctg.Participation.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Ctg.Participation.Web.Accounts;

/// <summary>The account mails (confirmation, password reset), with their links built from the current request.</summary>
public sealed class AccountMails(UserManager<PortalUser> users, IMailSender mail, LinkGenerator links)
{
    public async Task SendConfirmationAsync(PortalUser user, HttpContext http)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var url = links.GetUriByPage(http, "/Compte/ConfirmerEmail", values: new { utilisateur = user.Id, code = token })!;
        await mail.SendAsync(new PortalMail(user.Email!, "Confirmez votre adresse pour Ctg.Participation",
            $"Bonjour {user.DisplayName},\n\nPour activer votre compte sur Ctg.Participation, ouvrez ce lien :\n{url}\n\n" +
            "Si vous n'avez pas créé de compte, ignorez ce message : sans confirmation, le compte ne peut pas être utilisé.\n"), http.RequestAborted);
    }

    public async Task SendPasswordResetAsync(PortalUser user, HttpContext http)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var url = links.GetUriByPage(http, "/Compte/ReinitialiserMotDePasse", values: new { code = token, courriel = user.Email })!;
        await mail.SendAsync(new PortalMail(user.Email!, "Choisir un nouveau mot de passe pour Ctg.Participation",
            $"Bonjour {user.DisplayName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable un jour) :\n{url}\n\n" +
            "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.\n"), http.RequestAborted);
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return null; }
    }
}
