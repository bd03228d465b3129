using Ctg.Participation.Jobs;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Every hour: sends the notification digests that are due (daily or weekly, per person). Once a day: gives each
/// coordinator one summary of the reports waiting in their CTGs. With several instances on one database, a job lease
/// lets one instance run at a time, the summary lease lets it run once a day, and the digest's own per-person daily
/// claim guarantees one mail per person even if two runs overlap.
/// </summary>
public sealed class NotificationDigestJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NotificationDigestJob> logger) : HourlyJob(logger)
{
    public const string DigestLease = "notification-digest";
    public const string SummaryLease = "reports-summary";

    /// <summary>This instance's name in the lease table.</summary>
    public string Holder { get; } = JobHolder.Create(nameof(NotificationDigestJob));

    protected override string FailureMessage => "Notification digest failed; it will run again in an hour";

    protected override Task AttemptAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>One run: false when another instance holds the lease (it does the work).</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        return await leases.RunExclusiveAsync(DigestLease, Holder, TimeSpan.FromMinutes(30), async () =>
        {
            var now = clock.GetUtcNow();
            // Held until the next UTC midnight and never given back: the summary goes out once a day, whichever instance.
            var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
            if (await leases.TryAcquireAsync(SummaryLease, Holder, midnight, reentrant: false, ct))
            {
                // Published before the digests run, so the summary travels in today's digest.
                await scope.ServiceProvider.GetRequiredService<ProposalModeration>().NotifyPendingReportsAsync(ct);
            }
            await scope.ServiceProvider.GetRequiredService<NotificationDigest>().RunAsync(ct);
        }, ct);
    }
}

/// <summary>A lease holder name unique to this job object: machine, process and a random part.</summary>
public static class JobHolder
{
    public static string Create(string job)
    {
        var holder = $"{job}:{Guid.NewGuid():N}:{Environment.ProcessId}:{Environment.MachineName}";
        return holder.Length <= 200 ? holder : holder[..200];
    }
}
