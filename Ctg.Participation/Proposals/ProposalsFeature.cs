using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Indicators;
using Ctg.Participation.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Proposals;

public static class ProposalsFeature
{
    /// <summary>The proposals feature: writing, reading, supports, comments, answers, moderation, its data export.</summary>
    public static IServiceCollection AddProposals(this IServiceCollection services)
    {
        services.AddScoped<ProposalSubmission>();
        services.AddScoped<ProposalBrowser>();
        // The filter options, built from the territory kept in memory (TerritoryCatalogue, of the CTG feature).
        services.AddSingleton<ProposalFilterCatalogue>();
        // The lists' counts per filter, forgotten when a proposal changes.
        services.AddSingleton<ProposalListCounts>();
        services.AddSingleton<PublicContent.IPublicContentListener>(provider => provider.GetRequiredService<ProposalListCounts>());
        // The matches of common searches, kept while the full-text index does not change.
        services.AddSingleton<ProposalSearchMatches>();
        services.AddScoped<ProposalReader>();
        services.AddScoped<ProposalFollowers>();
        services.AddScoped<ProposalSupports>();
        services.AddScoped<ProposalComments>();
        services.AddScoped<ProposalAnswers>();
        services.AddScoped<ProposalModeration>();
        services.AddScoped<ProposalImages>();
        services.AddScoped<IPersonalDataSource, ProposalPersonalData>();
        services.AddRoutableSource<ProposalRoutableSource>();
        services.AddProposalsPublicContent();
        services.AddPermissions(ProposalPermissions.Feature, ProposalPermissions.Declared);
        services.AddIndicator<Indicators.ProposalsSubmittedIndicator>();
        services.AddIndicator<Indicators.ProposalsUnderStudyIndicator>();
        services.AddIndicator<Indicators.ProposalsRoutedIndicator>();
        services.AddIndicator<Indicators.ProposalsKeptIndicator>();
        services.AddIndicator<Indicators.ProposalsNotKeptIndicator>();
        services.AddIndicator<Indicators.ProposalsCarriedOutIndicator>();
        services.AddIndicator<Indicators.ProposalsAnsweredShareIndicator>();
        services.AddIndicator<Indicators.ProposalMedianAnswerDaysIndicator>();
        return services;
    }
}
