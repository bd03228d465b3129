using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Conventions;

/// <summary>
/// The CTGs, their communes, axes, bodies and partners appear in every public page's filters and headings: a change
/// to them (rare, by a coordinator or an administrator) evicts every public page.
/// </summary>
public static class ConventionsPublicContent
{
    private static readonly string[] Everything = [PublicPages.Everything];

    public static IServiceCollection AddConventionsPublicContent(this IServiceCollection services) => services
        .AddPublicContent<Convention>(_ => Everything)
        .AddPublicContent<Municipality>(_ => Everything)
        .AddPublicContent<Axis>(_ => Everything)
        .AddPublicContent<WorkingGroup>(_ => Everything)
        .AddPublicContent<ThematicNetwork>(_ => Everything)
        .AddPublicContent<GovernanceBody>(_ => Everything)
        .AddPublicContent<Partner>(_ => Everything)
        .AddPublicContent<ConventionPartner>(_ => Everything)
        .AddPublicContent<NetworkMembership>(_ => [PublicPages.Networks]);
}
