using System.Text;
using Ctg.Participation.ActionPlan;
using Ctg.Participation.Conventions;
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

    /// <summary>The plan as CSV (UTF-8 with BOM, `;`), streamed fiche by fiche.</summary>
    public async Task<IActionResult> OnGetExportAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"plan-actions-{Convention.Slug}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(false), leaveOpen: true);
        await csv.ExportAsync(Convention.Id, writer, HttpContext.RequestAborted);
        await writer.FlushAsync(HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetModeleAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return File(Encoding.UTF8.GetBytes(ActionPlanCsv.Template()), "text/csv; charset=utf-8", "modele-plan-actions.csv");
    }
}
