using Ctg.Participation.Routing;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Routing;

/// <summary>
/// "Orientée vers le groupe de travail …" and the group's answer, on a contribution's public page. A view component so
/// that the proposal page shows it with one line, without its page model knowing about routing.
/// </summary>
public sealed class RoutingStatusViewComponent(ContributionRoutings routings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContributionKind kind, int id) =>
        View("/Pages/Initiatives/_RoutingStatus.cshtml", await routings.ForAsync(kind, id, HttpContext.RequestAborted));
}
