using Ctg.Participation.ActionPlan;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.ActionPlan;

/// <summary>
/// "Actions en retard ou bloquées" on the CTG's back-office home: a view component so the desk page shows it with one
/// line, without its page model knowing about the action plan.
/// </summary>
public sealed class ActionsEnRetardViewComponent(ActionPlanReader reader) : ViewComponent
{
    public sealed record Model(string Slug, bool CanManage, IReadOnlyList<ActionPlanReader.Row> Actions);

    public async Task<IViewComponentResult> InvokeAsync(int conventionId, string slug, bool canManage) =>
        View("/Pages/Coordination/_ActionsEnRetard.cshtml", new Model(slug, canManage, await reader.LateOrBlockedAsync(conventionId, HttpContext.RequestAborted)));
}

/// <summary>The action plan on the public CTG page: statuses, progress and public notes (never internal ones).</summary>
public sealed class PublicPlanViewComponent(ActionPlanReader reader) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int conventionId) =>
        View("/Pages/Territoires/_PlanPublic.cshtml", await reader.PublicPlanAsync(conventionId, HttpContext.RequestAborted));
}

/// <summary>The CTG's published news posts on its public page, newest first.</summary>
public sealed class PublicNewsViewComponent(Ctg.Participation.News.CtgNews news) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int conventionId, string slug) =>
        View("/Pages/Territoires/_ActualitesPubliques.cshtml", (slug, await news.ListAsync(conventionId, publishedOnly: true, HttpContext.RequestAborted)));
}
