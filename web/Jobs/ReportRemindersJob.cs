using Ctg.Participation.Common;
using Ctg.Participation.Reporting;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Every hour, tries the day's bilan reminders (1 December and 15 January, Paris time). The lease is held until the
/// next Paris midnight and never given back, so one instance runs them once a day; the per-CTG claim in
/// <see cref="ReportReminders"/> keeps each mail single even if an interrupted run is resumed.
/// </summary>
public sealed class ReportRemindersJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReportRemindersJob> logger)
    : LeasedJob<bool>(scopes, clock, logger)
{
    public const string Lease = "report-reminders";

    protected override string LeaseName => Lease;

    protected override string FailureMessage => "Bilan reminders failed; they will be tried again in an hour";

    /// <summary>Until the next Paris midnight on a reminder day; nothing to do on the other days.</summary>
    protected override DateTimeOffset? LeaseUntil(DateTimeOffset now)
    {
        var today = ReportReminders.Today(now);
        return ReportReminders.YearToRemind(today) is null ? null : PortalTime.StartOf(today.AddDays(1));
    }

    /// <summary>True: today's reminders ran (false from <see cref="LeasedJob{TRun}.RunOnceAsync"/> when skipped).</summary>
    protected override async Task<bool> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var sent = await services.GetRequiredService<ReportReminders>().RunAsync(ct);
        Logger.LogInformation("Bilan reminders: {Count} mails sent", sent);
        return true;
    }
}
