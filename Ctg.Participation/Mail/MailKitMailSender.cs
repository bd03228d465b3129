using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ctg.Participation.Notifications;

namespace Ctg.Participation.Mail;

/// <summary>Sends through SMTP when Mail:Smtp:Host is set, otherwise writes an .eml file to Mail:PickupDirectory.</summary>
public sealed class MailKitMailSender(IOptions<MailOptions> options, IOptions<NotificationOptions> notifications, ILogger<MailKitMailSender> logger) : IMailSender
{
    public async Task SendAsync(PortalMail mail, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var message = MailMessage.Build(settings.From, mail, notifications.Value.PublicUrl);

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            // Timestamp first so that a directory listing sorts in sending order; a GUID keeps names unique.
            var name = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml";
            var path = Path.Combine(settings.PickupDirectory, name);
            await message.WriteToAsync(path, cancellationToken);
            logger.LogInformation("Mail \"{Subject}\" written to {Path}", mail.Subject, path);
            return;
        }

        using var client = new SmtpClient();
        var security = settings.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Mail \"{Subject}\" sent through {Host}", mail.Subject, settings.Smtp.Host);
    }
}
