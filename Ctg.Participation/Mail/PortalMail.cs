namespace Ctg.Participation.Mail;

/// <summary>One outgoing mail, written as plain text (links written out); <see cref="MailMessage"/> adds the same text as HTML.</summary>
public sealed record PortalMail(string To, string Subject, string TextBody);

public interface IMailSender
{
    Task SendAsync(PortalMail mail, CancellationToken cancellationToken = default);
}
