using Ctg.Participation.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Reporting;

public static class ReportingFeature
{
    /// <summary>
    /// The bilan annuel's way to the Caf: the workflow (drafts, transmission, review), the department list, the
    /// reminders, and the highlight sources the report reads (governance meetings and decisions, the cooperation journal).
    /// </summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddScoped<ReportWorkflow>();
        services.AddScoped<DepartmentReports>();
        services.AddScoped<ReportReminders>();
        services.AddScoped<DemoReports>();
        services.AddReportHighlights<GovernanceHighlights>();
        services.AddReportHighlights<JournalHighlights>();
        services.AddPermissions(ReportPermissions.Feature, ReportPermissions.Declared);
        return services;
    }

    /// <summary>Adds a source of « faits marquants » to the bilan.</summary>
    public static IServiceCollection AddReportHighlights<T>(this IServiceCollection services) where T : class, IReportHighlightSource =>
        services.AddScoped<IReportHighlightSource, T>();
}
