using Ctg.Participation.Surveys;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Enquetes;

/// <summary>
/// Results for the CTG's staff: counts and charts per question (optionally for one commune), the free-text answers
/// (searchable, keyset-paginated) and, for coordinators, flagging an answer "à orienter" for the routing desk.
/// </summary>
[Authorize(Policy = Ctg.Participation.Conventions.ConventionPermissions.AccessCoordination)]
public sealed class ResultatsModel(SurveyDirectory directory, SurveyResults results, IAuthorizationService authorization, TimeProvider clock)
    : SurveyBackOfficePage(directory, authorization)
{
    [BindProperty(SupportsGet = true)] public int? Commune { get; set; }
    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    [BindProperty(SupportsGet = true)] public int? Avant { get; set; }

    public SurveyResults.Summary Summary { get; private set; } = default!;
    public IReadOnlyList<SurveyResults.TextAnswer> Texts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await AuthorizeSurveyAsync(id, build: false) is { } refused) return refused;
        var ct = HttpContext.RequestAborted;
        Summary = await results.SummarizeAsync(id, Commune, ct);
        if (Recherche is { Length: > 200 }) Recherche = Recherche[..200];
        Texts = await results.TextAnswersAsync(id, Recherche, Avant, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOrienterAsync(int id, int answerId, bool orienter)
    {
        if (await AuthorizeSurveyAsync(id, build: true) is { } refused) return refused;
        if (!await results.FlagAsync(id, answerId, orienter, clock.GetUtcNow(), HttpContext.RequestAborted)) return BadRequest();
        TempData["Message"] = orienter
            ? "La réponse est signalée « à orienter » : elle apparaît dans le bureau d'orientation de la CTG."
            : "La réponse n'est plus signalée à orienter.";
        return RedirectToPage("/Coordination/Enquetes/Resultats", null, new { id }, "reponses-libres");
    }
}
