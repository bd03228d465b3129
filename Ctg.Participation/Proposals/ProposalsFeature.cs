using Ctg.Participation.Routing;
using Ctg.Participation.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Proposals;

public static class ProposalsFeature
{
    /// <summary>The proposals feature: writing, reading, supports, comments, answers, moderation, its data export.</summary>
    public static IServiceCollection AddProposals(this IServiceCollection services)
    {
        services.AddScoped<ProposalSubmission>();
        services.AddScoped<ProposalBrowser>();
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
        return services;
    }
}
