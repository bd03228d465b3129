using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.ActionPlan;

/// <summary>The CTG page shows the plan (public notes included) and its news; the home page the latest news.</summary>
public static class ActionPlanPublicContent
{
    public static IServiceCollection AddActionPlanPublicContent(this IServiceCollection services) => services
        .AddPublicContent<PlanAction>(_ => PublicPages.CtgLife)
        .AddPublicContent<PlanActionNote>(_ => PublicPages.CtgLife)
        .AddPublicContent<PlanIndicator>(_ => PublicPages.CtgLife)
        .AddPublicContent<PlanMeasurement>(_ => PublicPages.CtgLife)
        .AddPublicContent<PlanActionPartner>(_ => PublicPages.CtgLife)
        .AddPublicContent<PlanActionRouting>(_ => PublicPages.CtgLife)
        .AddPublicContent<News.NewsPost>(_ => [PublicPages.Home, PublicPages.CtgPages]);
}
