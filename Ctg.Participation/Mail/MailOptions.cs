namespace Ctg.Participation.Mail;

/// <summary>Configuration section "Mail". Without Smtp:Host, mail is written as .eml files to PickupDirectory.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Ctg.Participation <ne-pas-repondre@ctg-participation.localhost>";

    /// <summary>Folder where outgoing mail is written as .eml when no SMTP host is set.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
