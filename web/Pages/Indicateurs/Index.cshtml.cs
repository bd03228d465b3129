using Ctg.Participation.Indicators;
using Ctg.Participation.Indicators.Participation;
using Ctg.Participation.Web.Indicators;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Indicateurs;

/// <summary>
/// The public dashboard: aggregates only, statistical secrecy applied, filters in the query string so a view can be
/// shared. A refused filter shows its message and computes nothing. Anonymous views come from the output cache
/// (web/PublicContent), evicted by every change to the figures and by every new snapshot. The default view (a CTG or
/// the department, this year) reads the stored snapshot and says when it was computed.
/// </summary>
public sealed class IndexModel(IndicatorScopes scopes, IndicatorReport report, ParticipantsByMunicipality communes, IndicatorSnapshots snapshots, TimeProvider clock) : PageModel
{
    public IndicatorPage View { get; private set; } = default!;

    public async Task OnGetAsync(string? ctg, string? du, string? au, string? axe, string? commune)
    {
        var ct = HttpContext.RequestAborted;
        var filter = new IndicatorScopes.Filter(ctg, du, au, axe, commune);
        var resolution = await scopes.ResolveAsync(filter, ct: ct);
        IndicatorPage.AddErrors(ModelState, resolution);
        if (resolution.Scope is not { } scope)
        {
            View = new IndicatorPage { Filter = filter, Resolution = resolution, Action = "/indicateurs" };
            return;
        }
        var (result, lines, computedAt) = await IndicatorPage.FiguresAsync(snapshots, report, communes, clock, scope, isPublic: true, ct);
        View = new IndicatorPage
        {
            Filter = filter,
            Resolution = resolution,
            Action = "/indicateurs",
            Result = result,
            Communes = lines,
            ComputedAt = computedAt,
        };
    }
}
