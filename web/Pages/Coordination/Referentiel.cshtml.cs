using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Referential;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Pages.Coordination.Journal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination;

/// <summary>
/// Tableau 2 of the referential as the table it is (objective, function, actions, suivi, évaluation) and Fiche 17,
/// with this CTG's figures for a year, each linking to its records, and the officer's qualitative text per line.
/// </summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class ReferentielModel(ConventionDirectory directory, IAuthorizationService authorization, ReferentialTable table, ReferentialNotes notes, TimeProvider clock)
    : CooperationPage(directory, authorization)
{
    public ReferentialTable.View View { get; private set; } = default!;
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The line whose text failed to save, to reopen its form with the message.</summary>
    public string? FailedLine { get; private set; }
    public string? FailedText { get; private set; }

    public async Task<IActionResult> OnGetAsync(string ctg, int? annee)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!ResolveYear(annee, out var year)) return NotFound();
        View = await table.BuildAsync(Convention, year, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostTexteAsync(string ctg, int? annee, string? ligne, string? texte)
    {
        if (!await LoadConventionAsync(ctg)) return NotFound();
        if (!CanManage) return Forbid();
        if (!ResolveYear(annee, out var year) || ligne is null || Tableau2.FindLine(ligne) is null) return BadRequest();
        var problem = await notes.SaveAsync(Convention, User.Actor(), ligne, year, texte, HttpContext.RequestAborted);
        if (problem is not null)
        {
            ModelState.AddModelError($"texte-{ligne}", problem.Message);
            (FailedLine, FailedText) = (ligne, texte);
            View = await table.BuildAsync(Convention, year, HttpContext.RequestAborted);
            return Page();
        }
        TempData["Message"] = "L'appréciation est enregistrée.";
        return RedirectToPage("/Coordination/Referentiel", null, new { ctg = Convention.Slug, annee = year }, $"ligne-{ligne}");
    }

    private bool ResolveYear(int? annee, out int year)
    {
        var today = PortalTime.Today(clock);
        Years = ReferentialTable.Years(Convention, today);
        year = annee ?? (Years.Count > 0 ? Years[0] : today.Year);
        return annee is null || Years.Contains(year);
    }
}
