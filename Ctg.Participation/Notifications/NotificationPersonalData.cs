using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Notifications;

/// <summary>The notifications' share of "download my data": the mail preference and every notification kept.</summary>
public sealed class NotificationPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Section => "notifications";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(NotificationPreference), typeof(Notification)];

    public async Task<object?> CollectAsync(string userId, CancellationToken ct)
    {
        var frequency = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => (MailFrequency?)p.Frequency).FirstOrDefaultAsync(ct) ?? MailFrequencies.Default;
        var items = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id)
            .Select(n => new { texte = n.Text, lien = n.Link, creeeLe = n.CreatedAt, lueLe = n.ReadAt, envoyeeLe = n.MailedAt })
            .ToListAsync(ct);
        return new { frequenceDesCourriels = MailFrequencies.Label(frequency), notifications = items };
    }
}
