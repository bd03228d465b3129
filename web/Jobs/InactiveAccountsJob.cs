using Ctg.Participation.Accounts;

namespace Ctg.Participation.Web.Jobs;

/// <summary>
/// Once a day: warn accounts inactive for almost two years, delete those warned a month ago and still away. With
/// several instances, the first to take the day's lease runs the sweep; the others skip it.
/// </summary>
public sealed class InactiveAccountsJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<InactiveAccountsJob> logger)
    : LeasedJob<bool>(scopes, clock, logger)
{
    public const string Lease = "inactive-accounts";

    protected override string LeaseName => Lease;

    protected override string FailureMessage => "Inactive account sweep failed; it will run again tomorrow";

    /// <summary>True: swept (false from <see cref="LeasedJob{TRun}.RunOnceAsync"/> when skipped).</summary>
    protected override async Task<bool> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<InactiveAccountSweeper>().RunAsync(ct);
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
