using System.Text;
using Ctg.Participation.Data;
using Ctg.Participation.Jobs;
using Ctg.Participation.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ctg.Participation.Notifications;

/// <summary>
/// Sends each person whose digest is due one mail listing what they have not been mailed yet. People without a
/// preference row get the default daily digest. Run by a hosted job; safe to run often: it only sends what is due.
/// Safe to run on several instances at once: a unique <see cref="DigestDelivery"/> row per person and day is
/// committed before the mail goes out, so only the runner that wrote it sends (at most one digest a day each).
/// </summary>
public sealed class NotificationDigest(PortalDbContext db, IMailSender mail, NotificationCentre centre, TimeProvider clock, ILogger<NotificationDigest> logger)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var pendingUsers = await db.Notifications.AsNoTracking().Where(n => n.MailedAt == null)
            .Select(n => n.UserId).Distinct().ToListAsync(ct);
        var sent = 0;
        foreach (var userId in pendingUsers)
        {
            var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.UserId == userId, ct);
            var frequency = preference?.Frequency ?? MailFrequencies.Default;
            if (MailFrequencies.DigestInterval(frequency) is not { } interval) continue;
            if (preference?.LastDigestAt is { } last && now - last < interval) continue;

            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null || !user.EmailConfirmed || user.Email is null) continue;

            var items = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.MailedAt == null)
                .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).ToListAsync(ct);
            if (items.Count == 0) continue;
            if (await ClaimAsync(userId, now, ct) is not { } claim) continue;
            var text = new StringBuilder($"Bonjour {user.DisplayName},\n\nVoici ce qui s'est passé sur Ctg.Participation :\n\n");
            foreach (var item in items)
            {
                text.Append("- ").Append(item.Text).Append('\n').Append("  ").Append(centre.Absolute(item.Link)).Append('\n');
            }
            text.Append('\n').Append(centre.Footer());
            var subject = frequency == MailFrequency.WeeklyDigest ? "Votre récapitulatif de la semaine" : "Votre récapitulatif du jour";
            await mail.SendAsync(new PortalMail(user.Email, $"Ctg.Participation : {subject} ({items.Count})", text.ToString()), ct);

            var lastId = items[^1].Id;
            await db.Notifications.Where(n => n.UserId == userId && n.MailedAt == null && n.Id <= lastId)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), ct);
            if (preference is null)
            {
                db.NotificationPreferences.Add(new NotificationPreference { UserId = userId, Frequency = frequency, LastDigestAt = now });
            }
            else
            {
                preference.LastDigestAt = now;
            }
            claim.SentAt = now;
            await db.SaveChangesAsync(ct);
            sent++;
        }
        if (sent > 0) logger.LogInformation("Notification digests sent: {Count}", sent);
        return sent;
    }

    /// <summary>Today's digest for this person, claimed for this runner; null when another runner (or an earlier, interrupted run) has it.</summary>
    private async Task<DigestDelivery?> ClaimAsync(string userId, DateTimeOffset now, CancellationToken ct)
    {
        var claim = new DigestDelivery { UserId = userId, Day = DateOnly.FromDateTime(now.UtcDateTime), ClaimedAt = now };
        db.DigestDeliveries.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return claim;
        }
        catch (DbUpdateException)
        {
            db.Entry(claim).State = EntityState.Detached;
            return null;
        }
    }
}
