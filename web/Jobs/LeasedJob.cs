using Ctg.Participation.Jobs;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// A job done once per period on one instance: each hourly attempt takes the job's lease until the run after this one
/// is due, and never gives it back, so the other instances (and this one's next attempts) skip until then. A run cut
/// short is not resumed before the lease ends; each job's work is safe to run again.
/// </summary>
public abstract class LeasedJob<TRun>(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : HourlyJob(logger)
{
    private string? holder;

    /// <summary>The lease's name, the same on every instance.</summary>
    protected abstract string LeaseName { get; }

    /// <summary>This instance's name in the lease table.</summary>
    public string Holder => holder ??= JobHolder.Create(GetType().Name);

    /// <summary>
    /// Until when a run started at <paramref name="now"/> holds the lease, or null when there is nothing to do now.
    /// By default a day less an hour, so tomorrow's attempt at the same hour finds it free.
    /// </summary>
    protected virtual DateTimeOffset? LeaseUntil(DateTimeOffset now) => now.AddHours(23);

    /// <summary>The work, in a scope of its own.</summary>
    protected abstract Task<TRun> RunAsync(IServiceProvider services, CancellationToken ct);

    protected override Task AttemptAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>One attempt: what the run did, or the default (false, null) when skipped: nothing due, or the lease held.</summary>
    public async Task<TRun?> RunOnceAsync(CancellationToken ct = default)
    {
        if (LeaseUntil(clock.GetUtcNow()) is not { } until) return default;
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(LeaseName, Holder, until, reentrant: false, ct)) return default;
        return await RunAsync(scope.ServiceProvider, ct);
    }
}
