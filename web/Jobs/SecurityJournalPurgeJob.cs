using Ctg.Participation.Accounts;
using Ctg.Participation.Security;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Once a day, on one instance (the day's lease): deletes security journal lines older than a year, and sessions that
/// no cookie can use any more (revoked or unseen for longer than a cookie lives).
/// </summary>
public sealed class SecurityJournalPurgeJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SecurityJournalPurgeJob> logger)
    : LeasedJob<int?>(scopes, clock, logger)
{
    public const string Lease = "security-journal-purge";

    protected override string LeaseName => Lease;

    protected override string FailureMessage => "Security journal purge failed; it will run again within the hour";

    protected override TimeSpan StartDelay => TimeSpan.FromMinutes(2);

    /// <summary>The number of journal lines deleted (null from <see cref="LeasedJob{TRun}.RunOnceAsync"/> when skipped).</summary>
    protected override async Task<int?> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var deleted = await services.GetRequiredService<SecurityJournalPurge>().RunAsync(ct);
        await services.GetRequiredService<UserSessions>().PurgeAsync(TimeSpan.FromDays(15), ct);
        if (deleted > 0) Logger.LogInformation("Security journal: {Count} line(s) older than a year deleted", deleted);
        return deleted;
    }
}
