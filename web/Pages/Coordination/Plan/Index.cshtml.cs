using Ctg.Participation.ActionPlan;
using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Plan;

/// <summary>The CTG's action plan in the back-office: every fiche with its status, progress and due date; CSV export and template.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndexModel(ConventionDirectory directory, IAuthorizationService authorization, ActionPlanReader reader, ActionPlanCsv csv)
    : PlanPage(directory, authorization)
{
    public IReadOnlyList<ActionPlanReader.Row> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        Actions = await reader.ListAsync(Convention.Id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The plan as CSV (UTF-8 with BOM, `;`, `,` decimals, jj/mm/aaaa), or XLSX/ODS with `&amp;format=`, streamed fiche by fiche.</summary>
    public async Task<IActionResult> OnGetExportAsync(string ctg)
    {
        if (TableDownload.Format(Request) is not { } format) return BadRequest();
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return await TableDownload.SendAsync(HttpContext, format, $"plan-actions-{Convention.Slug}", "Plan d'actions", CsvConventions.People,
            (table, ct) => csv.WriteAsync(Convention.Id, table, ct));
    }

    /// <summary>The empty template to fill in: CSV, or XLSX/ODS with `&amp;format=`.</summary>
    public async Task<IActionResult> OnGetModeleAsync(string ctg)
    {
        if (TableDownload.Format(Request) is not { } format) return BadRequest();
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return await TableDownload.SendAsync(HttpContext, format, "modele-plan-actions", "Plan d'actions", CsvConventions.People,
            (table, ct) => ActionPlanCsv.WriteTemplateAsync(table, ct));
    }
}
