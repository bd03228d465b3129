using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Governance;

/// <summary>Meetings show on the home page, the CTG page and its agenda; attendance and decisions in the figures.</summary>
public static class GovernancePublicContent
{
    public static IServiceCollection AddGovernancePublicContent(this IServiceCollection services) => services
        .AddPublicContent<Meeting>(_ => PublicPages.CtgLife)
        .AddPublicContent<MeetingInvitee>(_ => PublicPages.CtgLife)
        .AddPublicContent<MeetingContribution>(_ => PublicPages.CtgLife)
        .AddPublicContent<Decision>(_ => PublicPages.CtgLife)
        .AddPublicContent<DecisionFollowUp>(_ => PublicPages.CtgLife);
}
