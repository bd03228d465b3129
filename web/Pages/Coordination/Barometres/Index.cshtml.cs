using Ctg.Participation.Barometers;
using Ctg.Participation.Conventions;
using Ctg.Participation.Indicators;
using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Barometres;

/// <summary>
/// A CTG's barometers: those launched, each with its result as an indicator, and the launch form (one per kind and
/// year). Read by the CTG's back-office readers; launched by those who build its surveys.
/// </summary>
[Authorize(Policy = ConventionPermissions.ReadBackOffice)]
public sealed class IndexModel(ConventionDirectory conventions, BarometerDirectory directory, BarometerLauncher launcher, IndicatorCatalogue catalogue,
    IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public sealed class LaunchInput
    {
        public BarometerKind Kind { get; set; }
        public int? Year { get; set; }
        /// <summary>yyyy-MM-dd (a date field) or dd/mm/yyyy.</summary>
        public string? ClosesOn { get; set; }
    }

    public sealed record YearResult(int Year, IReadOnlyList<(IndicatorDefinition Definition, IndicatorValue Value)> Figures);

    [BindProperty] public LaunchInput Input { get; set; } = new();
    public ConventionSummary Convention { get; private set; } = default!;
    public IReadOnlyList<BarometerDirectory.Item> Items { get; private set; } = [];
    public IReadOnlyList<YearResult> Results { get; private set; } = [];
    public bool CanLaunch { get; private set; }

    public static readonly IReadOnlyList<string> IndicatorCodes =
        ["barometre-partenaires-visibilite", "barometre-appreciation-cooperation", "barometre-habitants-visibilite"];

    public async Task<IActionResult> OnGetAsync(string ctg)
    {
        if (await LoadAsync(ctg) is { } refused) return refused;
        var today = SurveyDates.DayOf(clock.GetUtcNow());
        Input = new LaunchInput { Year = today.Year, ClosesOn = SurveySettingsInput.Iso(today.AddDays(42)) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string ctg)
    {
        if (await LoadAsync(ctg) is { } refused) return refused;
        if (!CanLaunch) return Forbid();
        if (!ModelState.IsValid) return Page();
        DateOnly? closes = Input.ClosesOn is not null && FormValidator.TryDate(Input.ClosesOn, out var day) ? day : null;
        var outcome = await launcher.LaunchAsync(Convention.Id, new BarometerLauncher.Launch(Input.Kind, Input.Year, closes), User.UserId(), HttpContext.RequestAborted);
        if (outcome.SurveyId is not { } surveyId)
        {
            ModelState.AddErrors(nameof(Input), outcome.Errors);
            return Page();
        }
        TempData["Message"] = $"Le {Input.Kind.Label().ToLowerInvariant()} {Input.Year} est lancé : l'enquête est publiée et reçoit des réponses. Diffusez son lien /enquetes/{surveyId}.";
        return RedirectToPage("/Coordination/Barometres/Index", new { ctg = Convention.Slug });
    }

    private async Task<IActionResult?> LoadAsync(string ctg)
    {
        var ct = HttpContext.RequestAborted;
        var convention = await conventions.FindSummaryAsync(ctg, ct);
        if (convention is null) return NotFound();
        var (read, build) = await authorization.SurveyRightsAsync(User, convention.Id);
        if (!read) return Forbid();
        Convention = convention;
        CanLaunch = build;
        Items = await directory.ForConventionAsync(convention.Id, ct);
        var results = new List<YearResult>();
        foreach (var year in Items.Select(i => i.Year).Distinct().OrderDescending())
        {
            var scope = new IndicatorScope(convention.Id, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var figures = new List<(IndicatorDefinition, IndicatorValue)>();
            foreach (var code in IndicatorCodes)
            {
                if (catalogue.Find(code) is { } indicator && Items.Any(i => i.Year == year && KindOf(code) == i.Kind))
                    figures.Add((indicator.Definition, await indicator.ComputeAsync(scope, ct)));
            }
            results.Add(new YearResult(year, figures));
        }
        Results = results;
        return null;
    }

    private static BarometerKind KindOf(string code) => code == "barometre-habitants-visibilite" ? BarometerKind.Residents : BarometerKind.Partners;
}
