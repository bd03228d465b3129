using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.DepartmentNetwork;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Reseau.Evenements;

/// <summary>Programming a rencontre or a formation of the department network (the Caf and administrators).</summary>
[Authorize(Policy = DepartmentNetworkPermissions.Organise)]
public sealed class NouveauModel(NetworkEvents events) : PageModel
{
    public sealed class EventInput
    {
        public NetworkEventKind? Kind { get; set; }
        public string? Title { get; set; }
        /// <summary>yyyy-MM-dd (a date field) or dd/mm/yyyy.</summary>
        public string? Day { get; set; }
        /// <summary>hh:mm.</summary>
        public string? Time { get; set; }
        public string? Place { get; set; }
        public string? Description { get; set; }
    }

    [BindProperty] public EventInput Input { get; set; } = new();

    public void OnGet() => Input.Time = "09:30";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        DateOnly? day = Input.Day is not null && FormValidator.TryDate(Input.Day, out var d) ? d : null;
        TimeOnly? time = TimeOnly.TryParseExact(Input.Time ?? "", ["HH:mm", "H:mm", "HH'h'mm", "H'h'mm"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var t) ? t : null;
        var outcome = await events.CreateAsync(User.NetworkActor(),
            new NetworkEvents.Draft(Input.Kind, Input.Title, day, time, Input.Place, Input.Description), HttpContext.RequestAborted);
        if (outcome.Id is not { } id)
        {
            ModelState.AddErrors(nameof(Input), outcome.Errors);
            return Page();
        }
        TempData["Message"] = "Le temps du réseau est programmé : les chargés de coopération peuvent s'y inscrire.";
        return RedirectToPage("/Coordination/Reseau/Evenements/Evenement", new { id = id });
    }
}
