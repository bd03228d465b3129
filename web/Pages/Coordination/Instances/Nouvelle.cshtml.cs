using System.Globalization;
using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Routing;
using Ctg.Participation.Web.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>Plans a meeting: kind, date and place, who meets, who is invited, the agenda, the contributions to discuss.</summary>
public sealed class NouvelleModel(ConventionDirectory directory, IAuthorizationService authorization, MeetingBook book)
    : InstancesPageModel(directory, authorization)
{
    public sealed class InputModel
    {
        public MeetingKind? Kind { get; set; }
        public string? Title { get; set; }
        public string? Starts { get; set; }
        public string? Ends { get; set; }
        public string? Place { get; set; }
        public int? GovernanceBodyId { get; set; }
        public int? WorkingGroupId { get; set; }
        public List<int> PartnerIds { get; set; } = [];
        public string? People { get; set; }
        public string? Agenda { get; set; }
        public List<string> Contributions { get; set; } = [];
    }

    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    [BindProperty] public InputModel Input { get; set; } = new();
    public MeetingBook.FormOptions Options { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (Input.Kind is { } kind && !Enum.IsDefined(kind)) return BadRequest();
        var contributions = Input.Contributions.Select(RoutingDesk.ItemRef.Parse).ToList();
        if (contributions.Any(c => c is null)) return BadRequest();
        var starts = ParseLocal(Input.Starts, "Starts", "Indiquez la date et l'heure de début (jj/mm/aaaa hh:mm).");
        var ends = ParseLocal(Input.Ends, "Ends", "Indiquez la date et l'heure de fin (jj/mm/aaaa hh:mm).");
        if (!ModelState.IsValid) return Page();

        var (errors, id) = await book.CreateAsync(Convention.Id, User.Actor(), new MeetingBook.Input(Input.Kind, Input.Title, starts, ends, Input.Place,
            Input.GovernanceBodyId, Input.WorkingGroupId, Input.PartnerIds, Input.People, Input.Agenda, contributions!), HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            ModelState.AddErrors("Input", errors);
            return Page();
        }
        TempData["Message"] = "La réunion est planifiée.";
        return Redirect($"/coordination/{ctg}/instances/{id}");
    }

    private DateTime? ParseLocal(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTime.TryParseExact(value, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local.Year is >= 2000 and <= 2100)
            return local;
        ModelState.AddModelError($"Input.{field}", message);
        return null;
    }

    private async Task<bool> LoadAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return false;
        Options = await book.OptionsAsync(Convention.Id, HttpContext.RequestAborted);
        return true;
    }
}
