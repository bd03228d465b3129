namespace Ctg.Participation.Mail;

/// <summary>One outgoing mail. Plain text always (readable everywhere); HTML never: links are written out.</summary>
public sealed record PortalMail(string To, string Subject, string TextBody);

public interface IMailSender
{
    Task SendAsync(PortalMail mail, CancellationToken cancellationToken = default);
}
