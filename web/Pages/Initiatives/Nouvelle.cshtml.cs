using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Initiatives;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Initiatives;

/// <summary>Declaring an initiative: choose the CTG, then fill the form; a coordinator validates it before it is published.</summary>
[Authorize(Policy = InitiativePermissions.Declare)]
public sealed class NouvelleModel(InitiativeSubmission submission, ProposalBrowser browser) : PageModel
{
    [BindProperty] public InitiativeInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Ctg { get; set; }

    public IReadOnlyList<ProposalBrowser.Option> Conventions { get; private set; } = [];
    public ProposalBrowser.Territory? Territory { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } territory) return RedirectToPage("/Initiatives/Nouvelle");
        if (!ModelState.IsValid) return Page();
        var outcome = await submission.DeclareAsync(User.UserId()!, Input.ToDraft(territory.ConventionId), HttpContext.RequestAborted);
        if (outcome.InitiativeId is not { } id)
        {
            ModelState.AddErrors(nameof(Input), outcome.Errors);
            return Page();
        }
        TempData["Message"] = "Votre initiative est enregistrée. Elle sera publiée dès que la coordination de la CTG l'aura validée.";
        return RedirectToPage("/Initiatives/Detail", new { id });
    }

    private async Task<ProposalBrowser.Territory?> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Conventions = (await browser.FilterOptionsAsync(null, ct)).Conventions;
        if (Ctg is null || !Conventions.Any(c => c.Value == Ctg)) return null;
        Territory = await browser.TerritoryAsync(Ctg, ct);
        return Territory;
    }
}
