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
/// The policy checks the CTG of the URL; a coordinator of another CTG is refused. The default view reads the stored
/// snapshot; « Recalculer les chiffres maintenant » stores a new one (not twice within
/// <see cref="IndicatorOptions.RecomputeMinimumMinutes"/>; POSTs are rate-limited per account by the pipeline).
/// </summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndicateursModel(
    ConventionDirectory directory, IndicatorScopes scopes, IndicatorReport report, ParticipantsByMunicipality communes,
    IndicatorSnapshots snapshots, TimeProvider clock) : PageModel
{
    public ConventionSummary Convention { get; private set; } = default!;
    public IndicatorPage View { get; private set; } = default!;

    /// <summary>Offered when figures are stored (snapshots on).</summary>
    public bool CanRecompute => snapshots.Enabled;

    public int SnapshotHours => (int)snapshots.MaximumAge.TotalHours;

    /// <summary>Why the last « Recalculer » was refused, in French.</summary>
    public string? RecomputeRefusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg, string? du, string? au, string? axe, string? commune)
    {
        if (await directory.FindSummaryAsync(ctg, HttpContext.RequestAborted) is not { } convention) return NotFound();
        await LoadAsync(convention, du, au, axe, commune);
        return Page();
    }

    public async Task<IActionResult> OnPostRecalculerAsync(string ctg)
    {
        var ct = HttpContext.RequestAborted;
        if (await directory.FindSummaryAsync(ctg, ct) is not { } convention) return NotFound();
        if (snapshots.Enabled)
        {
            RecomputeRefusal = await snapshots.RecomputeRefusalAsync(convention.Id, ct);
            if (RecomputeRefusal is not null)
            {
                await LoadAsync(convention, null, null, null, null);
                return Page();
            }
            var snapshot = await snapshots.ComputeAsync(convention.Id, ct);
            TempData["Message"] = IndicatorPage.ComputedAtSentence(snapshot.ComputedAt) + ".";
        }
        return RedirectToPage("/Coordination/Indicateurs", new { ctg = convention.Slug });
    }

    private async Task LoadAsync(ConventionSummary convention, string? du, string? au, string? axe, string? commune)
    {
        var ct = HttpContext.RequestAborted;
        Convention = convention;
        var filter = new IndicatorScopes.Filter(convention.Slug, du, au, axe, commune);
        var resolution = await scopes.ResolveAsync(filter, convention.Id, ct);
        IndicatorPage.AddErrors(ModelState, resolution);
        var action = $"/coordination/{convention.Slug}/indicateurs";
        if (resolution.Scope is not { } scope)
        {
            View = new IndicatorPage { Filter = filter, Resolution = resolution, Action = action, CanChooseConvention = false };
            return;
        }
        var (result, lines, computedAt) = await IndicatorPage.FiguresAsync(snapshots, report, communes, clock, scope, isPublic: false, ct);
        View = new IndicatorPage
        {
            Filter = filter,
            Resolution = resolution,
            Action = action,
            CanChooseConvention = false,
            Result = result,
            Communes = lines,
            ComputedAt = computedAt,
        };
    }
}
