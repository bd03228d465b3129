using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Routing;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>Changes a meeting: its date, place, invitations, agenda or contributions. Recorded attendance is kept.</summary>
public sealed class ModifierModel(ConventionDirectory directory, IAuthorizationService authorization, MeetingPlanner book, RoutableKeys keys)
    : MeetingFormPageModel(directory, authorization, book, keys)
{
    public override string SubmitLabel => "Enregistrer les modifications";
    public int MeetingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg, int id)
    {
        if (!await LoadFormAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (await Book.InputOfAsync(Convention.Id, id, HttpContext.RequestAborted) is not { } input) return NotFound();
        MeetingId = id;
        Fill(input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg, int id)
    {
        if (!await LoadFormAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (await Book.InputOfAsync(Convention.Id, id, HttpContext.RequestAborted) is null) return NotFound();
        MeetingId = id;
        var (forged, input) = ReadInput();
        if (forged) return BadRequest();
        if (input is null) return Page();

        var errors = await Book.UpdateAsync(Convention.Id, id, User.Actor(), input, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            ModelState.AddErrors("Input", errors);
            return Page();
        }
        TempData["Message"] = "La réunion est modifiée.";
        return RedirectToPage("/Coordination/Instances/Reunion", new { ctg, id });
    }
}
