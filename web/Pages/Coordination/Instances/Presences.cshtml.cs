using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.Governance;
using Ctg.Participation.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>Attendance at the CTG's meetings of a year (`?annee=`, this year by default) as CSV, XLSX or ODS, for its back-office readers.</summary>
public sealed class PresencesModel(ConventionDirectory directory, IAuthorizationService authorization, MeetingAttendanceExport export, TimeProvider clock)
    : InstancesPageModel(directory, authorization)
{
    public async Task<IActionResult> OnGetAsync(string ctg, string? annee)
    {
        if (TableDownload.Format(Request) is not { } format) return BadRequest();
        var year = MeetingRules.ToLocal(clock.GetUtcNow()).Year;
        if (!string.IsNullOrEmpty(annee) && (!int.TryParse(annee, out year) || year < 2000 || year > 2100)) return BadRequest();
        if (!await LoadConventionAsync(ctg)) return NotFound();
        return await TableDownload.SendAsync(HttpContext, format, $"presences-{Convention.Slug}-{year}", $"Présences {year}", CsvConventions.People,
            (table, ct) => export.WriteAsync(Convention.Id, year, table, ct));
    }
}
