using Ctg.Participation.Csv;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ctg.Participation.ActionPlan;

public static class ActionPlanFeature
{
    /// <summary>The action plan: fiches and their follow-up, CSV import/export, the desk's late actions, the public plan.</summary>
    public static IServiceCollection AddActionPlan(this IServiceCollection services)
    {
        services.AddActionPlanPublicContent();
        services.AddScoped<ActionPlanEditor>();
        services.AddScoped<ActionPlanReader>();
        services.AddScoped<ActionPlanCsv>();
        services.TryAddScoped<PendingImports>();
        services.AddScoped<News.CtgNews>();
        return services;
    }
}
