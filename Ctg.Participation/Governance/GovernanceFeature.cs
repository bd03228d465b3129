using Ctg.Participation.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Governance;

public static class GovernanceFeature
{
    /// <summary>The governance feature: meetings and their follow-up, the iCalendar feeds, the annual report and its indicators.</summary>
    public static IServiceCollection AddGovernance(this IServiceCollection services)
    {
        services.AddGovernancePublicContent();
        services.AddScoped<MeetingPlanner>();
        services.AddScoped<MeetingReader>();
        services.AddScoped<MeetingRecord>();
        services.AddScoped<MeetingCalendar>();
        services.AddScoped<MeetingCancellation>();
        services.AddScoped<MeetingAttendanceExport>();
        services.AddScoped<AnnualReports>();
        services.AddIndicator<CopilMeetingsIndicator>();
        services.AddIndicator<CopilRegularityIndicator>();
        services.AddIndicator<GovernanceMeetingsIndicator>();
        services.AddIndicator<PartnerAttendanceRateIndicator>();
        services.AddIndicator<PartnersMobilisedIndicator>();
        services.AddIndicator<NewPartnersIndicator>();
        services.AddIndicator<DecisionsTakenIndicator>();
        services.AddIndicator<DecisionsCarriedOutIndicator>();
        services.AddScoped<Accounts.IPersonalDataSource, MeetingPersonalData>();
        return services;
    }
}
