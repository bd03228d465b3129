using Ctg.Participation.Reporting;
using Ctg.Participation.Web.Authorization;

namespace Ctg.Participation.Web.Reporting;

/// <summary>The bilan feature in the host: its services, its named policy and its reminder job.</summary>
public static class ReportingWebExtensions
{
    public static IServiceCollection AddReportingFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReporting();
        if (configuration.GetValue("Jobs:Enabled", true)) services.AddHostedService<Jobs.ReportRemindersJob>();
        return services;
    }
}
