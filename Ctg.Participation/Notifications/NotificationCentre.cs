using Ctg.Participation.Data;
using Ctg.Participation.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Notifications;

/// <summary>
/// The notification centre every feature publishes to: it stores one notification per recipient and mails at once
/// those who asked for it; the others wait for <see cref="NotificationDigest"/>.
/// </summary>
public sealed class NotificationCentre(PortalDbContext db, IMailSender mail, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public sealed record Item(long Id, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);

    /// <summary>Adds the notification for each recipient (duplicates ignored) and sends the immediate mails.</summary>
    public async Task PublishAsync(IEnumerable<string> recipientIds, string text, string link, CancellationToken ct = default)
    {
        var recipients = recipientIds.Distinct().ToList();
        if (recipients.Count == 0) return;
        var now = clock.GetUtcNow();
        var notifications = recipients.Select(id => new Notification { UserId = id, Text = text, Link = link, CreatedAt = now }).ToList();
        db.Notifications.AddRange(notifications);
        await db.SaveChangesAsync(ct);

        var immediate = await db.NotificationPreferences.AsNoTracking()
            .Where(p => recipients.Contains(p.UserId) && p.Frequency == MailFrequency.Immediately)
            .Select(p => p.UserId).ToListAsync(ct);
        if (immediate.Count == 0) return;
        var addresses = await db.Users.AsNoTracking().Where(u => immediate.Contains(u.Id) && u.EmailConfirmed)
            .Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        foreach (var address in addresses)
        {
            await mail.SendAsync(new PortalMail(address.Email!, "Ctg.Participation : " + Shorten(text),
                $"Bonjour,\n\n{text}\n{Absolute(link)}\n\n{Footer()}"), ct);
        }
        var ids = addresses.Select(a => a.Id).ToList();
        await db.Notifications.Where(n => ids.Contains(n.UserId) && n.CreatedAt == now && n.MailedAt == null && n.Text == text)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), ct);
    }

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    public async Task<IReadOnlyList<Item>> ListAsync(string userId, int take = 100, CancellationToken ct = default) =>
        await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take)
            .Select(n => new Item(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);

    public Task MarkAllReadAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    public async Task<MailFrequency> FrequencyAsync(string userId, CancellationToken ct = default) =>
        await db.NotificationPreferences.Where(p => p.UserId == userId).Select(p => (MailFrequency?)p.Frequency).FirstOrDefaultAsync(ct)
        ?? MailFrequencies.Default;

    public async Task SetFrequencyAsync(string userId, MailFrequency frequency, CancellationToken ct = default)
    {
        var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (preference is null)
        {
            // The digest clock starts now: nothing older is mailed in a burst after switching.
            db.NotificationPreferences.Add(new NotificationPreference { UserId = userId, Frequency = frequency, LastDigestAt = clock.GetUtcNow() });
        }
        else
        {
            preference.Frequency = frequency;
        }
        await db.SaveChangesAsync(ct);
    }

    internal string Absolute(string link) => options.Value.PublicUrl.TrimEnd('/') + link;

    internal string Footer() =>
        $"Vous recevez ce message parce que vous suivez ces contributions. Choisissez la fréquence des messages ou arrêtez-les ici :\n{Absolute("/compte/notifications")}\n";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
