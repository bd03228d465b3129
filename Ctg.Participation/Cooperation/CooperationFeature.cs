using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Cooperation.Indicators;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Cooperation.Schemes;
using Ctg.Participation.Indicators;
using Ctg.Participation.Referential;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ctg.Participation.Cooperation;

/// <summary>
/// The cooperation officer's own work (issue 17): the journal de coopération, the shared diagnostics, the schemes
/// fiches actions serve, the qualitative texts per referential line, and the Tableau 2 / Fiche 17 indicators they feed.
/// Pages reuse the CTG back-office policies (ConventionPermissions): its coordinators write, Caf advisors read.
/// </summary>
public static class CooperationFeature
{
    public static IServiceCollection AddCooperation(this IServiceCollection services)
    {
        services.AddOptions<CooperationOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DocumentStore>();
        services.AddScoped<CooperationNatures>();
        services.AddScoped<CooperationJournal>();
        services.AddScoped<SharedDiagnostics>();
        services.AddScoped<PolicySchemes>();
        services.AddScoped<ReferentialNotes>();
        services.AddScoped<ReferentialTable>();

        services.AddIndicator<AdviceToElectedIndicator>();
        services.AddIndicator<ExpertisesIndicator>();
        services.AddIndicator<NewIssuesIndicator>();
        services.AddIndicator<WatchMeetingsIndicator>();
        services.AddIndicator<NewSubjectsIndicator>();
        services.AddIndicator<PolicyIssuesExplainedIndicator>();
        services.AddIndicator<ProjectsFacilitatedIndicator>();
        services.AddIndicator<CafPartnerRelaysIndicator>();
        services.AddIndicator<PartnersAdvisedIndicator>();
        services.AddIndicator<AdviceToPartnersIndicator>();
        services.AddIndicator<EngineeringIndicator>();
        services.AddIndicator<InformationSupportsIndicator>();
        services.AddIndicator<AxesFollowedIndicator>();
        services.AddIndicator<DiagnosticPartnersIndicator>();
        services.AddIndicator<DiagnosticsProducedIndicator>();
        services.AddIndicator<SchemeArticulationIndicator>();
        return services;
    }
}
