using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Routing;

/// <summary>
/// A routing changes what contributors read (« Orientée vers le groupe de travail… », the group's answer) on every
/// kind of contribution, and the CTG's figures; alerts to the Copil only its figures.
/// </summary>
public static class RoutingPublicContent
{
    private static readonly string[] Routed = [PublicPages.Proposals, PublicPages.ProposalPages, PublicPages.Initiatives, PublicPages.InitiativePages, .. PublicPages.CtgLife];

    public static IServiceCollection AddRoutingPublicContent(this IServiceCollection services) => services
        .AddPublicContent<Routing>(_ => Routed)
        .AddPublicContent<RoutingEvent>(_ => Routed)
        .AddPublicContent<CopilAlert>(_ => [PublicPages.Indicators, PublicPages.OpenData]);
}
