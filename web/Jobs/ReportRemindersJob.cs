using Ctg.Participation.Common;
using Ctg.Participation.Jobs;
using Ctg.Participation.Reporting;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Every hour, tries the day's bilan reminders (1 December and 15 January, Paris time). The lease is held until the
/// next Paris midnight and never given back, so one instance runs them once a day; the per-CTG claim in
/// <see cref="ReportReminders"/> keeps each mail single even if an interrupted run is resumed.
/// </summary>
public sealed class ReportRemindersJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReportRemindersJob> logger) : HourlyJob(logger)
{
    public const string Lease = "report-reminders";

    public string Holder { get; } = JobHolder.Create(nameof(ReportRemindersJob));

    protected override string FailureMessage => "Bilan reminders failed; they will be tried again in an hour";

    protected override Task AttemptAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>One attempt: false when another instance already ran today's reminders (or runs them now).</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (ReportReminders.YearToRemind(ReportReminders.Today(now)) is null) return false;
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var nextMidnight = PortalTime.StartOf(ReportReminders.Today(now).AddDays(1));
        if (!await leases.TryAcquireAsync(Lease, Holder, nextMidnight, reentrant: false, ct)) return false;
        var sent = await scope.ServiceProvider.GetRequiredService<ReportReminders>().RunAsync(ct);
        Logger.LogInformation("Bilan reminders: {Count} mails sent", sent);
        return true;
    }
}
