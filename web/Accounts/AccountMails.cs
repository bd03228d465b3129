using System.Text;
using Ctg.Participation.Accounts;
using Ctg.Participation.Mail;
using Ctg.Participation.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Accounts;

/// <summary>
/// The account mails (confirmation, password reset, registration attempt on a known address). Their links are built
/// from Notifications:PublicUrl, never from the request: a forged Host header cannot send a valid code elsewhere.
/// </summary>
public sealed class AccountMails(UserManager<PortalUser> users, IMailSender mail, LinkGenerator links, IOptions<NotificationOptions> options)
{
    public async Task SendConfirmationAsync(PortalUser user, HttpContext http)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var url = Absolute("/Compte/ConfirmerEmail", new { utilisateur = user.Id, code = token });
        await mail.SendAsync(new PortalMail(user.Email!, "Confirmez votre adresse pour Ctg.Participation",
            $"Bonjour {user.DisplayName},\n\nPour activer votre compte sur Ctg.Participation, ouvrez ce lien :\n{url}\n\n" +
            "Si vous n'avez pas créé de compte, ignorez ce message : sans confirmation, le compte ne peut pas être utilisé.\n"), http.RequestAborted);
    }

    public async Task SendPasswordResetAsync(PortalUser user, HttpContext http)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var url = Absolute("/Compte/ReinitialiserMotDePasse", new { code = token, courriel = user.Email });
        await mail.SendAsync(new PortalMail(user.Email!, "Choisir un nouveau mot de passe pour Ctg.Participation",
            $"Bonjour {user.DisplayName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable un jour) :\n{url}\n\n" +
            "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.\n"), http.RequestAborted);
    }

    /// <summary>Someone registered with an address that already has an account: the owner is told, the page says nothing.</summary>
    public async Task SendRegistrationAttemptAsync(PortalUser user, HttpContext http)
    {
        var signIn = Absolute("/Compte/Connexion", null);
        var reset = Absolute("/Compte/MotDePasseOublie", null);
        await mail.SendAsync(new PortalMail(user.Email!, "Tentative de création de compte avec votre adresse",
            $"Bonjour {user.DisplayName},\n\nQuelqu'un a tenté de créer un compte avec votre adresse sur Ctg.Participation. " +
            "Vous avez déjà un compte : aucun nouveau compte n'a été créé.\n\n" +
            $"Si c'était vous, connectez-vous ici :\n{signIn}\n\nMot de passe oublié ? Choisissez-en un nouveau ici :\n{reset}\n\n" +
            "Si ce n'était pas vous, ignorez ce message : votre compte n'a pas changé.\n"), http.RequestAborted);
    }

    private string Absolute(string page, object? values) =>
        options.Value.PublicUrl.TrimEnd('/') + links.GetPathByPage(page, handler: null, values: values);

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return null; }
    }
}
