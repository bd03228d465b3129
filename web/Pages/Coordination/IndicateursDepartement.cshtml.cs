using Ctg.Participation.Conventions;
using Ctg.Participation.Indicators;
using Ctg.Participation.Web.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>
/// The department table for Caf advisors: one row per CTG, one column per indicator, and the department total, full
/// figures. Only the period filters it (axes and communes belong to one CTG).
/// </summary>
[Authorize(Policy = IndicatorPermissions.ReadDepartment)]
public sealed class IndicateursDepartementModel(ConventionDirectory directory, IndicatorScopes scopes, IndicatorReport report) : PageModel
{
    public sealed record Row(string? Slug, string Name, IReadOnlyList<IndicatorReport.Figure> Figures);

    public IndicatorScopes.Resolution Resolution { get; private set; } = default!;
    public IndicatorScopes.Filter Filter { get; private set; } = default!;
    public IReadOnlyList<IndicatorDefinition> Definitions { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? du, string? au)
    {
        var ct = HttpContext.RequestAborted;
        Filter = new IndicatorScopes.Filter(null, du, au, null, null);
        Resolution = await scopes.ResolveAsync(Filter, ct: ct);
        IndicatorPage.AddErrors(ModelState, Resolution);
        Definitions = report.Definitions;
        if (Resolution.Scope is not { } department) return;

        // One computation per CTG (each indicator is a few COUNT queries): 13 CTGs in the largest department.
        var rows = new List<Row>();
        foreach (var convention in await directory.ListAsync(ct))
        {
            rows.Add(new Row(convention.Slug, convention.Name, await report.ComputeCurrentAsync(department with { ConventionId = convention.Id }, isPublic: false, ct)));
        }
        rows.Add(new Row(null, "Ensemble du département", await report.ComputeCurrentAsync(department, isPublic: false, ct)));
        Rows = rows;
    }
}
