using Ctg.Participation.Accounts;
using Ctg.Participation.Jobs;
using Ctg.Participation.Security;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Once a day, on one instance (the day's lease): deletes security journal lines older than a year, and sessions that
/// no cookie can use any more (revoked or unseen for longer than a cookie lives).
/// </summary>
public sealed class SecurityJournalPurgeJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SecurityJournalPurgeJob> logger) : HourlyJob(logger)
{
    public const string Lease = "security-journal-purge";

    public string Holder { get; } = JobHolder.Create(nameof(SecurityJournalPurgeJob));

    protected override string FailureMessage => "Security journal purge failed; it will run again within the hour";

    protected override TimeSpan StartDelay => TimeSpan.FromMinutes(2);

    protected override Task AttemptAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>Purges when no instance has done so in the last 23 hours; returns the number of journal lines deleted, or null when skipped.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(Lease, Holder, clock.GetUtcNow().AddHours(23), reentrant: false, ct)) return null;
        var deleted = await scope.ServiceProvider.GetRequiredService<SecurityJournalPurge>().RunAsync(ct);
        await scope.ServiceProvider.GetRequiredService<UserSessions>().PurgeAsync(TimeSpan.FromDays(15), ct);
        if (deleted > 0) Logger.LogInformation("Security journal: {Count} line(s) older than a year deleted", deleted);
        return deleted;
    }
}
