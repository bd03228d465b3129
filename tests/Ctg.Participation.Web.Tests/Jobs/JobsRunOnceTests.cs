using Ctg.Participation.Data;
using Ctg.Participation.Jobs;
using Ctg.Participation.Notifications;
using Ctg.Participation.Testing;
using Ctg.Participation.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Jobs;

/// <summary>
/// Several instances on one database: job leases let one runner work at a time, and the digest's per-person daily
/// claim keeps each mail single even when two digests run at once. Mail is read from the real pickup folder.
/// </summary>
public sealed class JobsRunOnceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Recipients =
        ["habitant@ctg-demo.test", "membre.reseau@ctg-demo.test", "conseiller.caf@ctg-demo.test"];

    private async Task<string[]> NotifyAsync(string text)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = await db.Users.Where(u => Recipients.Contains(u.Email!)).Select(u => u.Id).ToArrayAsync();
        Assert.Equal(Recipients.Length, users.Length);
        var now = DateTimeOffset.UtcNow;
        foreach (var user in users)
        {
            db.Notifications.Add(new Notification { UserId = user, Text = text, Link = "/propositions", CreatedAt = now });
        }
        await db.SaveChangesAsync();
        return users;
    }

    private int DigestsWith(string address, string text) =>
        factory.Mailbox.MessagesTo(address).Count(m => (m.TextBody ?? "").Contains(text, StringComparison.Ordinal));

    private async Task ForgetTodaysDigestsAsync()
    {
        // Each test starts from "nobody has had today's digest yet".
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.DigestDeliveries.ExecuteDeleteAsync();
        await db.NotificationPreferences.ExecuteUpdateAsync(s => s.SetProperty(p => p.LastDigestAt, (DateTimeOffset?)null));
        await db.JobLeases.ExecuteDeleteAsync();
    }

    [Fact]
    public async Task Two_digest_job_runners_started_together_send_each_digest_once()
    {
        await ForgetTodaysDigestsAsync();
        var text = "Nouvelle réponse " + Guid.NewGuid().ToString("N")[..8];
        await NotifyAsync(text);
        var first = ActivatorUtilities.CreateInstance<NotificationDigestJob>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<NotificationDigestJob>(factory.Services);

        var ran = await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync(), first.RunOnceAsync(), second.RunOnceAsync());

        Assert.Contains(true, ran);
        foreach (var address in Recipients) Assert.Equal(1, DigestsWith(address, text));
    }

    [Fact]
    public async Task Two_digests_running_at_once_without_a_lease_still_mail_each_person_once()
    {
        await ForgetTodaysDigestsAsync();
        var text = "Statut changé " + Guid.NewGuid().ToString("N")[..8];
        await NotifyAsync(text);

        async Task<int> RunAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<NotificationDigest>().RunAsync();
        }
        var sent = await Task.WhenAll(RunAsync(), RunAsync(), RunAsync());

        Assert.True(sent.Sum() >= Recipients.Length);
        foreach (var address in Recipients) Assert.Equal(1, DigestsWith(address, text));
    }

    [Fact]
    public async Task A_digest_claimed_by_an_interrupted_run_is_not_sent_again_the_same_day()
    {
        await ForgetTodaysDigestsAsync();
        var text = "Commentaire reçu " + Guid.NewGuid().ToString("N")[..8];
        await NotifyAsync(text);
        using (var scope = factory.Services.CreateScope())
        {
            // A run claimed the resident's digest, then the process stopped before the mail went out (or before it was recorded).
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var resident = await db.Users.Where(u => u.Email == Recipients[0]).Select(u => u.Id).SingleAsync();
            db.DigestDeliveries.Add(new DigestDelivery { UserId = resident, Day = DateOnly.FromDateTime(DateTime.UtcNow), ClaimedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationDigest>().RunAsync();
        }

        Assert.Equal(0, DigestsWith(Recipients[0], text));
        Assert.Equal(1, DigestsWith(Recipients[1], text));
        Assert.Equal(1, DigestsWith(Recipients[2], text));
        using var check = factory.Services.CreateScope();
        var stillWaiting = await check.ServiceProvider.GetRequiredService<PortalDbContext>().Notifications
            .CountAsync(n => n.Text == text && n.MailedAt == null);
        Assert.Equal(1, stillWaiting);
    }

    [Fact]
    public async Task A_lease_is_refused_to_another_holder_until_it_expires_or_is_given_back()
    {
        var name = "essai-" + Guid.NewGuid().ToString("N")[..8];
        using var scope = factory.Services.CreateScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var now = DateTimeOffset.UtcNow;

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            await using var own = factory.Services.CreateAsyncScope();
            return await own.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(name, "instance-" + i, now.AddMinutes(10));
        }));
        Assert.Equal(1, results.Count(r => r));
        var holder = "instance-" + Array.IndexOf(results, true);

        Assert.False(await leases.TryAcquireAsync(name, "autre", now.AddMinutes(10)));
        Assert.True(await leases.TryAcquireAsync(name, holder, now.AddMinutes(20)));
        Assert.False(await leases.TryAcquireAsync(name, holder, now.AddMinutes(20), reentrant: false));
        await leases.ReleaseAsync(name, holder);
        Assert.True(await leases.TryAcquireAsync(name, "autre", now.AddMinutes(10)));
    }

    [Fact]
    public async Task The_inactive_accounts_sweep_runs_once_a_day_whatever_the_number_of_instances()
    {
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().JobLeases
                .Where(l => l.Name == InactiveAccountsJob.Lease).ExecuteDeleteAsync();
        }
        var first = ActivatorUtilities.CreateInstance<InactiveAccountsJob>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<InactiveAccountsJob>(factory.Services);

        var ran = await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync());
        var again = await first.RunOnceAsync();

        Assert.Equal(1, ran.Count(r => r));
        Assert.False(again);
    }

    [Fact]
    public async Task The_planner_statistics_are_there_after_start_up_and_refreshed_once_a_day()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if (db.Database.IsSqlite())
            {
                // ANALYZE ran at start-up, once the demo data was in: the communes' indexes have their statistics.
                var analysed = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'Municipalities'").SingleAsync();
                Assert.True(analysed > 0, "no statistics for the communes' indexes");
            }
            await db.JobLeases.Where(l => l.Name == DatabaseStatisticsJob.Lease).ExecuteDeleteAsync();
        }
        var first = ActivatorUtilities.CreateInstance<DatabaseStatisticsJob>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<DatabaseStatisticsJob>(factory.Services);

        var ran = await Task.WhenAll(first.RunOnceAsync(), second.RunOnceAsync());

        Assert.Equal(1, ran.Count(r => r));
        Assert.False(await first.RunOnceAsync());
    }
}
