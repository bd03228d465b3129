using Ctg.Participation.Conventions;
using Ctg.Participation.Indicators;
using Ctg.Participation.Indicators.Participation;
using Ctg.Participation.Web.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>
/// One CTG's indicators with full figures (no statistical secrecy): its coordinators, Caf advisors and administrators.
/// The policy checks the CTG of the URL; a coordinator of another CTG is refused.
/// </summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndicateursModel(ConventionDirectory directory, IndicatorScopes scopes, IndicatorReport report, ParticipantsByMunicipality communes) : PageModel
{
    public ConventionSummary Convention { get; private set; } = default!;
    public IndicatorPage View { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string ctg, string? du, string? au, string? axe, string? commune)
    {
        var ct = HttpContext.RequestAborted;
        if (await directory.FindSummaryAsync(ctg, ct) is not { } convention) return NotFound();
        Convention = convention;
        var filter = new IndicatorScopes.Filter(convention.Slug, du, au, axe, commune);
        var resolution = await scopes.ResolveAsync(filter, convention.Id, ct);
        IndicatorPage.AddErrors(ModelState, resolution);
        View = new IndicatorPage
        {
            Filter = filter,
            Resolution = resolution,
            Action = $"/coordination/{convention.Slug}/indicateurs",
            CanChooseConvention = false,
            Result = resolution.Scope is { } scope ? await report.ComputeAsync(scope, isPublic: false, ct) : null,
            Communes = resolution.Scope is { } s ? await communes.ComputeAsync(s, isPublic: false, ct) : [],
        };
        return Page();
    }
}
