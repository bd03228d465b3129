using Ctg.Participation.Accounts;
using Ctg.Participation.Jobs;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Once a day: warn accounts inactive for almost two years, delete those warned a month ago and still away. With
/// several instances, the first to take the day's lease runs the sweep; the others skip it.
/// </summary>
public sealed class InactiveAccountsJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InactiveAccountsJob> logger) : HourlyJob(logger)
{
    public const string Lease = "inactive-accounts";

    public string Holder { get; } = JobHolder.Create(nameof(InactiveAccountsJob));

    protected override string FailureMessage => "Inactive account sweep failed; it will run again tomorrow";

    protected override Task AttemptAsync(CancellationToken ct) => RunOnceAsync(ct);

    /// <summary>Runs the sweep when no instance has run it in the last 23 hours.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(Lease, Holder, clock.GetUtcNow().AddHours(23), reentrant: false, ct)) return false;
        await scope.ServiceProvider.GetRequiredService<InactiveAccountSweeper>().RunAsync(ct);
        return true;
    }
}

public static class JobsExtensions
{
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("Jobs:Enabled", true))
        {
            services.AddHostedService<InactiveAccountsJob>();
            services.AddHostedService<NotificationDigestJob>();
            services.AddHostedService<SecurityJournalPurgeJob>();
            services.AddHostedService<DatabaseStatisticsJob>();
        }
        return services;
    }
}
