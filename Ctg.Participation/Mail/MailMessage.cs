using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace Ctg.Participation.Mail;

/// <summary>
/// Builds the MIME message of a portal mail: multipart/alternative with the plain text first and an HTML version of the
/// same text (paragraphs, line breaks, links made clickable, nothing else), both UTF-8 in quoted-printable so that no
/// 8-bit byte travels unencoded; a Message-Id on the public host's domain (Notifications:PublicUrl) rather than the
/// machine's name, so that replies and bounces are traced to the portal.
/// </summary>
public static partial class MailMessage
{
    /// <summary>Encodes markup characters only: accented letters stay readable in the HTML source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static MimeMessage Build(string from, PortalMail mail, string publicUrl)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = MimeUtils.GenerateMessageId(Domain(publicUrl));
        message.Date = DateTimeOffset.UtcNow;
        var text = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        text.SetText(Encoding.UTF8, mail.TextBody);
        var html = new TextPart(TextFormat.Html) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        html.SetText(Encoding.UTF8, Html(mail.Subject, mail.TextBody));
        message.Body = new MultipartAlternative { text, html };
        return message;
    }

    /// <summary>The host of the public address ("participation.caf06.fr"); "localhost" when it is not a URL.</summary>
    public static string Domain(string publicUrl) =>
        Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.IdnHost : "localhost";

    /// <summary>The plain text as HTML: every character encoded, blank lines make paragraphs, http(s) links made clickable.</summary>
    public static string Html(string subject, string text)
    {
        var body = new StringBuilder();
        foreach (var paragraph in ParagraphBreak().Split(text.Replace("\r\n", "\n").Trim()))
        {
            if (paragraph.Trim().Length == 0) continue;
            body.Append("<p>").Append(string.Join("<br>\n", paragraph.Split('\n').Select(Linked))).Append("</p>\n");
        }
        return $"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>{Encoder.Encode(subject)}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5">
            {body}</body></html>
            """;
    }

    private static string Linked(string line)
    {
        var output = new StringBuilder();
        var last = 0;
        foreach (Match link in Link().Matches(line))
        {
            output.Append(Encoder.Encode(line[last..link.Index]));
            var url = Encoder.Encode(link.Value);
            output.Append("<a href=\"").Append(url).Append("\">").Append(url).Append("</a>");
            last = link.Index + link.Length;
        }
        return output.Append(Encoder.Encode(line[last..])).ToString();
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)»]")]
    private static partial Regex Link();
}
