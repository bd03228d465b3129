using Ctg.Participation.Conventions;
using Ctg.Participation.Indicators;
using Ctg.Participation.Web.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>
/// The department table for Caf advisors: one row per CTG, one column per indicator, and the department total, full
/// figures. Only the period filters it (axes and communes belong to one CTG). The default period reads every CTG's
/// stored snapshot and the department's; « Recalculer les chiffres maintenant » computes them all again.
/// </summary>
[Authorize(Policy = IndicatorPermissions.ReadDepartment)]
public sealed class IndicateursDepartementModel(ConventionDirectory directory, IndicatorScopes scopes, IndicatorReport report, IndicatorSnapshots snapshots, TimeProvider clock) : PageModel
{
    public sealed record Row(string? Slug, string Name, IReadOnlyList<IndicatorReport.Figure> Figures);

    public IndicatorScopes.Resolution Resolution { get; private set; } = default!;
    public IndicatorScopes.Filter Filter { get; private set; } = default!;
    public IReadOnlyList<IndicatorDefinition> Definitions { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>When the figures shown were computed: the oldest of the snapshots read, or now when computed live.</summary>
    public DateTimeOffset? ComputedAt { get; private set; }

    /// <summary>The last day the stored figures count (the day they were computed), when they were read from snapshots.</summary>
    public DateOnly? PeriodTo { get; private set; }

    public bool CanRecompute => snapshots.Enabled;

    public int SnapshotHours => (int)snapshots.MaximumAge.TotalHours;

    public string? RecomputeRefusal { get; private set; }

    public Task OnGetAsync(string? du, string? au) => LoadAsync(du, au);

    public async Task<IActionResult> OnPostRecalculerAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (snapshots.Enabled)
        {
            RecomputeRefusal = await snapshots.RecomputeRefusalAsync(null, ct);
            if (RecomputeRefusal is not null)
            {
                await LoadAsync(null, null);
                return Page();
            }
            var computed = await snapshots.ComputeAllAsync(ct);
            TempData["Message"] = IndicatorPage.ComputedAtSentence(computed[^1].ComputedAt) + ".";
        }
        return RedirectToPage("/Coordination/IndicateursDepartement");
    }

    private async Task LoadAsync(string? du, string? au)
    {
        var ct = HttpContext.RequestAborted;
        Filter = new IndicatorScopes.Filter(null, du, au, null, null);
        Resolution = await scopes.ResolveAsync(Filter, ct: ct);
        IndicatorPage.AddErrors(ModelState, Resolution);
        Definitions = report.Definitions;
        if (Resolution.Scope is not { } department) return;

        var rows = new List<Row>();
        if (snapshots.Covers(department))
        {
            // Stored figures: every CTG's and the department's read together, computed only where none is young enough.
            var conventions = await directory.ListAsync(ct);
            var stored = await snapshots.ReadOrComputeEachAsync([.. conventions.Select(c => (int?)c.Id), null], ct);
            rows.AddRange(conventions.Select((convention, i) =>
                new Row(convention.Slug, convention.Name, snapshots.Report(stored[i], isPublic: false).Figures)));
            var whole = stored[^1];
            rows.Add(new Row(null, "Ensemble du département", snapshots.Report(whole, isPublic: false).Figures));
            var times = stored.Select(s => s.ComputedAt).ToList();
            ComputedAt = times.Min();
            PeriodTo = whole.Scope.To;
        }
        else
        {
            // One computation per CTG (each indicator is a few COUNT queries): 13 CTGs in the largest department.
            ComputedAt = clock.GetUtcNow();
            foreach (var convention in await directory.ListAsync(ct))
            {
                rows.Add(new Row(convention.Slug, convention.Name, await report.ComputeCurrentAsync(department with { ConventionId = convention.Id }, isPublic: false, ct)));
            }
            rows.Add(new Row(null, "Ensemble du département", await report.ComputeCurrentAsync(department, isPublic: false, ct)));
        }
        Rows = rows;
    }
}
