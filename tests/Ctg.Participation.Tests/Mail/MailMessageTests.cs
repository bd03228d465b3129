using Ctg.Participation.Mail;
using MimeKit;

namespace Ctg.Participation.Tests.Mail;

public sealed class MailMessageTests
{
    [Fact]
    public async Task A_sent_mail_parses_with_both_parts_quoted_printable_and_a_message_id_on_the_public_host()
    {
        var mail = new PortalMail("habitante@example.org", "Votre proposition « Crèche à Puget » a reçu une réponse",
            "Bonjour Élise,\n\nLa CTG a répondu à votre proposition « Crèche à Puget » : retenue.\nLire la réponse : https://participation.caf06.fr/propositions/42?x=1&y=2.\n\n— L'équipe <CTG>");
        var built = MailMessage.Build("Ctg.Participation <ne-pas-repondre@caf06.fr>", mail, "https://participation.caf06.fr/");
        using var stream = new MemoryStream();
        await built.WriteToAsync(stream);
        stream.Position = 0;
        var raw = System.Text.Encoding.ASCII.GetString(stream.ToArray());

        var parsed = await MimeMessage.LoadAsync(stream);

        // Nothing 8-bit travels unencoded: every byte of the message is 7-bit ASCII.
        Assert.DoesNotContain(stream.ToArray(), b => b > 127);
        Assert.EndsWith("@participation.caf06.fr", parsed.MessageId);
        var alternative = Assert.IsType<MultipartAlternative>(parsed.Body);
        var parts = alternative.OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.All(parts, p => Assert.Equal(ContentEncoding.QuotedPrintable, p.ContentTransferEncoding));
        Assert.All(parts, p => Assert.Equal("utf-8", p.ContentType.Charset, ignoreCase: true));
        Assert.Contains("Content-Transfer-Encoding: quoted-printable", raw);
        Assert.Equal(mail.TextBody, parsed.TextBody!.Replace("\r\n", "\n"));
        Assert.Contains("<p>Bonjour Élise,</p>", parsed.HtmlBody);
        Assert.Contains("<a href=\"https://participation.caf06.fr/propositions/42?x=1&amp;y=2\">https://participation.caf06.fr/propositions/42?x=1&amp;y=2</a>.", parsed.HtmlBody);
        Assert.Contains("— L&#x27;équipe &lt;CTG&gt;", parsed.HtmlBody);
        Assert.Contains("<html lang=\"fr\">", parsed.HtmlBody);
    }

    [Theory]
    [InlineData("http://localhost:5000", "localhost")]
    [InlineData("https://participation.caf06.fr", "participation.caf06.fr")]
    [InlineData("pas une adresse", "localhost")]
    public void The_message_id_domain_is_the_public_host(string publicUrl, string domain) => Assert.Equal(domain, MailMessage.Domain(publicUrl));
}
