using Ctg.Participation.Conventions;
using Ctg.Participation.Surveys;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Enquetes;

/// <summary>Creating a survey (a draft) for a CTG the coordinator manages.</summary>
[Authorize(Policy = ConventionPermissions.AccessCoordination)]
public sealed class NouvelleModel(ConventionDirectory conventions, SurveyDirectory directory, SurveyBuilder builder, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public SurveySettingsInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Ctg { get; set; }
    public ConventionSummary Convention { get; private set; } = default!;
    public IReadOnlyList<(int Id, string Name)> Axes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var outcome = await builder.CreateAsync(Convention.Id, Input.ToSettings(), HttpContext.RequestAborted);
        if (outcome.Id is not { } id)
        {
            ModelState.AddErrors(nameof(Input), outcome.Errors);
            return Page();
        }
        TempData["Message"] = "L'enquête est créée (brouillon). Ajoutez maintenant ses questions.";
        return RedirectToPage("/Coordination/Enquetes/Modifier", new { id });
    }

    private async Task<IActionResult?> LoadAsync()
    {
        var convention = Ctg is null ? null : await conventions.FindSummaryAsync(Ctg, HttpContext.RequestAborted);
        if (convention is null) return NotFound();
        if (!(await authorization.SurveyRightsAsync(User, convention.Id)).Build) return Forbid();
        Convention = convention;
        Axes = await directory.AxesAsync(convention.Id, HttpContext.RequestAborted);
        return null;
    }
}
