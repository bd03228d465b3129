using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Mail;
using Ctg.Participation.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Reporting;

/// <summary>
/// Reminds a CTG's coordinators that the year's bilan is due by 31 January: on 1 December (the year's bilan) and on
/// 15 January (last year's), Paris time, as long as nothing was sent to the Caf. Each CTG's reminder of the day is
/// claimed in <see cref="ReportReminder"/> before its mails go out, so it leaves once whichever instance runs it.
/// </summary>
public sealed class ReportReminders(PortalDbContext db, IMailSender mail, IOptions<NotificationOptions> options, TimeProvider clock)
{
    /// <summary>The bilan a Paris day reminds of, or null on other days.</summary>
    public static int? YearToRemind(DateOnly day) => (day.Month, day.Day) switch
    {
        (12, 1) => day.Year,
        (1, 15) => day.Year - 1,
        _ => null,
    };

    public static DateOnly Today(DateTimeOffset now) => PortalTime.DayOf(now);

    /// <summary>Sends the day's reminders, if today is a reminder day; returns the number of mails sent.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = Today(clock.GetUtcNow());
        if (YearToRemind(today) is not { } year) return 0;

        var due = await db.Conventions.AsNoTracking()
            .Where(c => c.PeriodStart.Year <= year && c.PeriodEnd.Year >= year)
            .Where(c => !db.AnnualReports.Any(r => r.ConventionId == c.Id && r.Year == year && r.Submissions.Any()))
            .Where(c => !db.ReportReminders.Any(r => r.ConventionId == c.Id && r.Year == year && r.Day == today))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Slug, c.Name }).ToListAsync(ct);

        var sent = 0;
        foreach (var convention in due)
        {
            if (!await ClaimAsync(convention.Id, year, today, ct)) continue;
            var addresses = await db.CoordinatorAssignments.AsNoTracking().Where(a => a.ConventionId == convention.Id)
                .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => u)
                .Where(u => u.EmailConfirmed && u.Email != null).Select(u => u.Email!).Distinct().ToListAsync(ct);
            var link = options.Value.PublicUrl.TrimEnd('/') + $"/coordination/{convention.Slug}/bilan/{year}";
            foreach (var address in addresses)
            {
                await mail.SendAsync(new PortalMail(address, $"Bilan annuel {year} à transmettre à la Caf avant le {ReportFormat.Date(AnnualReports.DueDate(year))}",
                    $"Bonjour,\n\nLe bilan annuel {year} de la {convention.Name} n'a pas encore été transmis à la Caf. " +
                    $"Il est attendu au plus tard le {ReportFormat.Date(AnnualReports.DueDate(year))}.\n\n" +
                    $"Rédiger et transmettre le bilan :\n{link}\n\n" +
                    "Vous recevez ce message parce que vous êtes chargé(e) de coopération de cette CTG.\n"), ct);
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> ClaimAsync(int conventionId, int year, DateOnly day, CancellationToken ct)
    {
        var claim = new ReportReminder { ConventionId = conventionId, Year = year, Day = day, SentAt = clock.GetUtcNow() };
        db.ReportReminders.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another runner claimed this CTG's reminder of the day first: it sends it.
            db.Entry(claim).State = EntityState.Detached;
            return false;
        }
    }
}
