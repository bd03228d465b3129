using System.Text;
using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>Every meeting of the CTG as an iCalendar feed, for those who read its back-office (signed in: a calendar app cannot subscribe).</summary>
public sealed class CalendrierModel(ConventionDirectory directory, IAuthorizationService authorization, MeetingCalendar calendar)
    : InstancesPageModel(directory, authorization)
{
    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        var ics = await calendar.WriteAsync(Convention.Id, Convention.Name, UidDomain(Convention.Slug), publicOnly: false, HttpContext.RequestAborted);
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"instances-{Convention.Slug}.ics");
    }

    /// <summary>The right-hand side of every UID: stable whatever host name serves the feed.</summary>
    public static string UidDomain(string slug) => $"{slug}.ctg-participation";
}
