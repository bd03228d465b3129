using System.Text.RegularExpressions;
using MimeKit;

namespace Ctg.Participation.Testing;

/// <summary>Reads the .eml files the portal writes to its pickup folder, as a person would read their mail.</summary>
public sealed partial class Mailbox(string folder)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<MimeMessage> MessagesTo(string address)
    {
        if (!Directory.Exists(Folder)) return [];
        return Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The newest mail to this address (waits a little: mail is written after the response in some flows).</summary>
    public async Task<MimeMessage> LatestToAsync(string address, TimeSpan? wait = null)
    {
        var deadline = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var messages = MessagesTo(address);
            if (messages.Count > 0) return messages[^1];
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"No mail reached {address} in {Folder}");
            await Task.Delay(100);
        }
    }

    /// <summary>The first link in the mail whose path starts with the given one, e.g. "/compte/confirmer-email".</summary>
    public static Uri LinkIn(MimeMessage message, string pathPrefix)
    {
        foreach (Match match in UrlPattern().Matches(message.TextBody ?? ""))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase)) return uri;
        }
        throw new InvalidOperationException($"No link to {pathPrefix} in the mail \"{message.Subject}\"");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();
}
