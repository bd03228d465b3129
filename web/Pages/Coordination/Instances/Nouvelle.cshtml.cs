using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Routing;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>Plans a meeting: kind, date and place, who meets, who is invited, the agenda, the contributions to discuss.</summary>
public sealed class NouvelleModel(ConventionDirectory directory, IAuthorizationService authorization, MeetingPlanner book, RoutableKeys keys)
    : MeetingFormPageModel(directory, authorization, book, keys)
{
    public override string SubmitLabel => "Planifier la réunion";

    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        if (!await LoadFormAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg)
    {
        if (!await LoadFormAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        var (forged, input) = ReadInput();
        if (forged) return BadRequest();
        if (input is null) return Page();

        var (errors, id) = await Book.CreateAsync(Convention.Id, User.Actor(), input, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            ModelState.AddErrors("Input", errors);
            return Page();
        }
        TempData["Message"] = "La réunion est planifiée.";
        return RedirectToPage("/Coordination/Instances/Reunion", new { ctg, id });
    }
}
