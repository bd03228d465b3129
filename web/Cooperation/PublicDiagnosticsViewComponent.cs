using Ctg.Participation.Cooperation.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Cooperation;

/// <summary>The CTG's diagnostics validated in Copil, summarised on its public page (title, scope, date, axes, public summary).</summary>
public sealed class PublicDiagnosticsViewComponent(SharedDiagnostics diagnostics) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int conventionId) =>
        View("/Pages/Coordination/Diagnostics/_DiagnosticsPublics.cshtml", await diagnostics.PublicAsync(conventionId, HttpContext.RequestAborted));
}
