using Ctg.Participation.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>
/// The Caf's view of every bilan of the department: each CTG × year with its status (brouillon, transmis, accusé de
/// réception, à compléter, en retard), filtered by year. Caf advisors and administrators.
/// </summary>
[Authorize(Policy = ReportPermissions.ReadDepartment)]
public sealed class BilansModel(DepartmentReports reports) : PageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];
    public int? Year { get; private set; }
    public IReadOnlyList<DepartmentReports.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? annee)
    {
        var ct = HttpContext.RequestAborted;
        Years = await reports.YearsAsync(ct);
        if (!string.IsNullOrEmpty(annee))
        {
            if (!int.TryParse(annee, out var year) || !Years.Contains(year))
            {
                ModelState.AddModelError("annee", Years.Count == 0
                    ? "Aucune année de bilan n'existe encore."
                    : $"Choisissez une année entre {Years.Min()} et {Years.Max()}.");
                return;
            }
            Year = year;
        }
        Rows = await reports.ListAsync(Year, ct);
    }
}
