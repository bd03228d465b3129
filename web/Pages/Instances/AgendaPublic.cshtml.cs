using System.Text;
using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Web.Pages.Coordination.Instances;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Instances;

/// <summary>
/// The public meetings (« réunion publique ») of a CTG as an iCalendar feed anyone may subscribe to, without a token:
/// title, times, place and agenda only; governance meetings never appear in it.
/// </summary>
[AllowAnonymous]
public sealed class AgendaPublicModel(ConventionDirectory directory, MeetingCalendar calendar) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var convention = await directory.FindSummaryAsync(slug, HttpContext.RequestAborted);
        if (convention is null) return NotFound();
        var ics = await calendar.WriteAsync(convention.Id, convention.Name, CalendrierModel.UidDomain(convention.Slug), publicOnly: true, HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"agenda-{convention.Slug}.ics");
    }
}
