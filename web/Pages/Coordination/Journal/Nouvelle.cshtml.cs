using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ctg.Participation.Web.Pages.Coordination.Journal;

/// <summary>
/// Logs one journal entry, quickly: the date is today, the kind and a link may come prefilled from the page that
/// led here (a meeting: « expertise mobilisée lors de cette réunion »; the routing desk). Only the CTG's coordinators.
/// </summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class NouvelleModel(ConventionDirectory directory, IAuthorizationService authorization, CooperationJournal journal, TimeProvider clock)
    : CooperationPage(directory, authorization)
{
    [BindProperty] public JournalEntryInput Input { get; set; } = new();

    public CooperationJournal.FormOptions Options { get; private set; } = default!;
    public string? From { get; private set; }

    public IReadOnlyList<SelectListItem> Kinds { get; } =
        [new("Choisir le type d'action", ""), .. CooperationKinds.All.Select(k => new SelectListItem($"{k.Function()} — {k.Label()}", k.ToString()))];

    public IReadOnlyList<SelectListItem> PartnerKinds { get; } =
        [new("Choisir le type", ""), .. Enum.GetValues<PartnerKind>().Select(k => new SelectListItem(k.Label(), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(string ctg, string? type, int? reunion, int? fiche, int? orientation, int? diagnostic, string? depuis)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        Input.Date = PortalTime.Today(clock).ToString("yyyy-MM-dd");
        Input.Kind = CooperationKinds.Parse(type)?.ToString();
        (Input.MeetingId, Input.ActionId, Input.RoutingId, Input.DiagnosticId) = (reunion, fiche, orientation, diagnostic);
        From = depuis;
        Options = await journal.FormOptionsAsync(Convention, orientation, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg, IFormFile? piece, string? depuis)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (Input.NewPartnerKind is { } pk && !Enum.IsDefined(pk)) return BadRequest();
        var ct = HttpContext.RequestAborted;
        From = depuis;
        ModelState.Clear();
        var (file, fileProblem) = await ReadUploadAsync(piece);
        if (fileProblem is not null)
        {
            ModelState.AddModelError("Input.Attachment", fileProblem);
            Options = await journal.FormOptionsAsync(Convention, Input.RoutingId, ct);
            return Page();
        }
        var (id, problems) = await journal.AddAsync(Convention, User.Actor(), Input, file, ct);
        if (id is null)
        {
            ModelState.AddErrors("Input", problems);
            Options = await journal.FormOptionsAsync(Convention, Input.RoutingId, ct);
            return Page();
        }
        TempData["Message"] = "L'action est consignée au journal de coopération.";
        // Back where the officer came from (a meeting's page), else the journal; only local paths of this CTG.
        var back = depuis is { } d && d.StartsWith($"/coordination/{Convention.Slug}/", StringComparison.Ordinal) && !d.StartsWith("//") ? d : $"/coordination/{Convention.Slug}/journal";
        return LocalRedirect(back);
    }
}
