using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Proposals;

/// <summary>The public pages that show proposals, evicted when a proposal, its supports, comments or status change.</summary>
public static class ProposalsPublicContent
{
    public static IServiceCollection AddProposalsPublicContent(this IServiceCollection services) => services
        .AddPublicContent<Proposal>(p => Pages(p.Id))
        .AddPublicContent<Support>(s => Pages(s.ProposalId))
        .AddPublicContent<Comment>(c => Pages(c.ProposalId))
        .AddPublicContent<ProposalStatusChange>(c => Pages(c.ProposalId));

    /// <summary>A proposal's page, every list of proposals (counts, « les plus soutenues »), and the CTG's figures.</summary>
    public static string[] Pages(int proposalId) => [PublicPages.Proposal(proposalId), PublicPages.Proposals, .. PublicPages.CtgLife];
}
