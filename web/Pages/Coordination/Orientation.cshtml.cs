using Ctg.Participation.Conventions;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Web.Authorization;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>The routing desk of one CTG: new contributions, longest waiting first, routed to its working groups.</summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class OrientationModel(ConventionDirectory directory, RoutingDesk desk, InitiativeBrowser initiatives, ProposalBrowser territories,
    IAuthorizationService authorization) : PageModel
{
    public sealed class InputModel
    {
        public List<string> Items { get; set; } = [];
        public List<int> WorkingGroupIds { get; set; } = [];
        public List<int> AxisIds { get; set; } = [];
        public string? Message { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "type")] public string? Type { get; set; }
    [BindProperty(SupportsGet = true, Name = "axe")] public int? Axe { get; set; }
    [BindProperty(SupportsGet = true, Name = "commune")] public int? Commune { get; set; }
    [BindProperty(SupportsGet = true, Name = "statut")] public string? Statut { get; set; }
    [BindProperty(SupportsGet = true, Name = "attente")] public string? Attente { get; set; }
    [BindProperty(SupportsGet = true, Name = "apres")] public string? Apres { get; set; }

    public ConventionSummary Convention { get; private set; } = default!;
    public ProposalBrowser.Territory Territory { get; private set; } = default!;
    public IReadOnlyList<RoutingDesk.GroupOption> Groups { get; private set; } = [];
    public IReadOnlyList<RoutingDesk.InboxItem> Inbox { get; private set; } = [];
    public int InboxTotal { get; private set; }
    /// <summary>Where the next page starts (null on the last page); the page shown starts after <see cref="Apres"/>.</summary>
    public RoutingDesk.Cursor? Next { get; private set; }
    public bool IsFirstPage { get; private set; } = true;
    public InitiativeBrowser.Awaiting AwaitingReview { get; private set; } = new([], 0);
    public string? FailedItem { get; private set; }
    public bool CanRoute { get; private set; }

    public IReadOnlyList<RoutingDesk.KindOption> Kinds => desk.Kinds;
    public static readonly IReadOnlyList<(string Value, string Label)> Ages = [("", "Toute durée"), ("moins-7-jours", "Moins de 7 jours"), ("7-30-jours", "De 7 à 30 jours"), ("plus-30-jours", "Plus de 30 jours")];
    public static readonly IReadOnlyList<(string Value, string Label)> Statuses = [("", "Nouveaux"), ("en-cours", "Orientés, en cours"), ("repondus", "Répondus"), ("tous", "Tous")];

    public async Task<IActionResult> OnGetAsync(string ctg) => await LoadAsync(ctg) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string ctg)
    {
        if (!await LoadAsync(ctg)) return NotFound();
        if (!CanRoute) return Forbid();
        var items = Input.Items.Select(desk.Keys.Parse).ToList();
        if (items.Any(i => i is null)) return BadRequest();
        var outcome = await desk.RouteAsync(Convention.Id, User.Actor(),
            new RoutingDesk.Request(items!, Input.WorkingGroupIds, Input.AxisIds, Input.Message), HttpContext.RequestAborted);
        if (!outcome.Succeeded)
        {
            FailedItem = outcome.FailedItem;
            var message = outcome.FailedItem is null ? outcome.Error! : $"{outcome.FailedItem} : {outcome.Error} Rien n'a été orienté.";
            ModelState.AddModelError(string.IsNullOrEmpty(outcome.Field) ? "" : $"Input.{outcome.Field}", message);
            return Page();
        }
        TempData["Message"] = outcome.Stored == 1 ? "L'élément est orienté." : $"{outcome.Stored} orientations enregistrées.";
        return RedirectToPage("/Coordination/Orientation", new { ctg });
    }

    private async Task<bool> LoadAsync(string ctg)
    {
        var ct = HttpContext.RequestAborted;
        var convention = await directory.FindSummaryAsync(ctg, ct);
        if (convention is null) return false;
        Convention = convention;
        Territory = (await territories.TerritoryAsync(convention.Id, ct))!;
        Groups = await desk.GroupsAsync(convention.Id, ct);
        var filter = new RoutingDesk.Filter(
            desk.Kinds.FirstOrDefault(k => k.Key == Type)?.Kind,
            Axe, Commune,
            Statut switch { "en-cours" => RoutingDesk.StatusFilter.InProgress, "repondus" => RoutingDesk.StatusFilter.Answered, "tous" => RoutingDesk.StatusFilter.All, _ => RoutingDesk.StatusFilter.New },
            Attente switch { "moins-7-jours" => RoutingDesk.AgeFilter.UnderAWeek, "7-30-jours" => RoutingDesk.AgeFilter.WeekToMonth, "plus-30-jours" => RoutingDesk.AgeFilter.OverAMonth, _ => RoutingDesk.AgeFilter.Any });
        var after = RoutingDesk.Cursor.Parse(Apres);
        var inbox = await desk.InboxPageAsync(convention.Id, filter, ct: ct, after: after);
        Inbox = inbox.Items;
        InboxTotal = inbox.Total;
        Next = inbox.Next;
        IsFirstPage = after is null;
        AwaitingReview = await initiatives.AwaitingReviewAsync(convention.Id, ct: ct);
        CanRoute = (await authorization.AuthorizeAsync(User, new ConventionResource(convention.Id), RoutingPermissions.Route)).Succeeded;
        return true;
    }
}
