using Ctg.Participation.Data;
using Ctg.Participation.Governance;
using Ctg.Participation.Notifications;
using Ctg.Participation.Reporting;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Tests.Reporting;

public sealed class ReportRemindersTests
{
    private static ReportReminders Reminders(IServiceProvider sp, TestDatabase database) =>
        new(sp.GetRequiredService<PortalDbContext>(), database.Mail, Options.Create(new NotificationOptions { PublicUrl = "https://ctg.example.fr/" }), database.Clock);

    [Theory]
    [InlineData(2026, 12, 1, 2026)]
    [InlineData(2027, 1, 15, 2026)]
    [InlineData(2026, 12, 2, null)]
    [InlineData(2027, 1, 31, null)]
    public void Reminders_go_out_on_the_first_of_december_and_the_fifteenth_of_january(int y, int m, int d, int? year) =>
        Assert.Equal(year, ReportReminders.YearToRemind(new DateOnly(y, m, d)));

    [Fact]
    public async Task On_the_first_of_december_each_ctg_with_nothing_sent_reminds_its_coordinators_once_with_a_public_link()
    {
        await using var database = await TestDatabase.CreateAsync();
        // 1 December, 00:30 in Paris (23:30 UTC the day before).
        database.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            // Pays de Grasse already sent its 2026 bilan: no reminder for it.
            var grasse = await db.Conventions.Where(c => c.Slug == "pays-de-grasse").Select(c => c.Id).SingleAsync();
            var report = new AnnualReport { ConventionId = grasse, Year = 2026, State = ReportState.Transmitted, UpdatedAt = database.Clock.GetUtcNow() };
            report.Submissions.Add(new ReportSubmission { Number = 1, SubmittedAt = database.Clock.GetUtcNow(), SnapshotJson = "{}", Pdf = [1] });
            db.AnnualReports.Add(report);
            await db.SaveChangesAsync();

            var sent = await Reminders(sp, database).RunAsync();
            var again = await Reminders(sp, database).RunAsync();

            var mails = database.Mail.Sent.Where(m => m.Subject.StartsWith("Bilan annuel 2026", StringComparison.Ordinal)).ToList();
            Assert.Equal(mails.Count, sent);
            Assert.Equal(0, again);
            var azur = Assert.Single(mails, m => m.To == "coordination.alpes-d-azur@ctg-demo.test");
            Assert.Contains("https://ctg.example.fr/coordination/alpes-d-azur/bilan/2026", azur.TextBody);
            Assert.Contains("au plus tard le 31 janvier 2027", azur.TextBody);
            Assert.DoesNotContain(mails, m => m.To == "coordination.pays-de-grasse@ctg-demo.test");
            Assert.Equal(2, await db.ReportReminders.CountAsync(r => r.Year == 2026));
        });
    }

    [Fact]
    public async Task No_reminder_on_other_days()
    {
        await using var database = await TestDatabase.CreateAsync();
        database.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero)); // 2 December in Paris
        await database.RunAsync(async sp =>
        {
            Assert.Equal(0, await Reminders(sp, database).RunAsync());
            Assert.Empty(database.Mail.Sent);
        });
    }
}
