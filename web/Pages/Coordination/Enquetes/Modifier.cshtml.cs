using Ctg.Participation.Surveys;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Enquetes;

/// <summary>
/// One survey in the builder: its settings, its questions (move up/down, remove: plain forms, no script needed),
/// publish, close, public results. Caf advisors read it without the forms.
/// </summary>
[Authorize(Policy = Ctg.Participation.Conventions.ConventionPermissions.AccessCoordination)]
public sealed class ModifierModel(SurveyDirectory directory, SurveyBuilder builder, IAuthorizationService authorization, TimeProvider clock)
    : SurveyBackOfficePage(directory, authorization)
{
    [BindProperty] public SurveySettingsInput Input { get; set; } = new();
    public IReadOnlyList<(Question Question, bool Answered)> Questions { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Axes { get; private set; } = [];
    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, build: false) is { } refused) return refused;
        Input = SurveySettingsInput.From(Survey);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id, build: true) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var errors = await builder.UpdateAsync(id, Input.ToSettings(), HttpContext.RequestAborted);
        if (errors.Any)
        {
            ModelState.AddErrors(nameof(Input), errors);
            return Page();
        }
        return Done(id, "Les réglages de l'enquête sont enregistrés.");
    }

    public Task<IActionResult> OnPostMonterAsync(int id, int questionId) => ActAsync(id, () => builder.MoveQuestionAsync(id, questionId, up: true, HttpContext.RequestAborted), "La question est déplacée.");

    public Task<IActionResult> OnPostDescendreAsync(int id, int questionId) => ActAsync(id, () => builder.MoveQuestionAsync(id, questionId, up: false, HttpContext.RequestAborted), "La question est déplacée.");

    public Task<IActionResult> OnPostSupprimerAsync(int id, int questionId) => ActAsync(id, () => builder.RemoveQuestionAsync(id, questionId, HttpContext.RequestAborted), "La question est supprimée.");

    public Task<IActionResult> OnPostPublierAsync(int id) => ActAsync(id, () => builder.PublishAsync(id, HttpContext.RequestAborted), "L'enquête est publiée : elle reçoit des réponses pendant sa période d'ouverture.");

    public Task<IActionResult> OnPostCloreAsync(int id) => ActAsync(id, () => builder.CloseAsync(id, HttpContext.RequestAborted), "L'enquête est close : elle ne reçoit plus de réponses.");

    public Task<IActionResult> OnPostResultatsPublicsAsync(int id, bool publics) => ActAsync(id, async () =>
    {
        await builder.SetPublicResultsAsync(id, publics, HttpContext.RequestAborted);
        return null;
    }, publics ? "Les résultats sont publiés sur la page publique de l'enquête." : "Les résultats ne sont plus publics.");

    private async Task<IActionResult> ActAsync(int id, Func<Task<string?>> action, string success)
    {
        if (await LoadAsync(id, build: true) is { } refused) return refused;
        if (await action() is { } error)
        {
            Input = SurveySettingsInput.From(Survey);
            ModelState.AddModelError("", error);
            return Page();
        }
        return Done(id, success);
    }

    private RedirectToPageResult Done(int id, string message)
    {
        TempData["Message"] = message;
        return RedirectToPage("/Coordination/Enquetes/Modifier", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, bool build)
    {
        if (await AuthorizeSurveyAsync(id, build) is { } refused) return refused;
        Questions = await Directory.QuestionsAsync(id, HttpContext.RequestAborted);
        Axes = await Directory.AxesAsync(Survey.ConventionId, HttpContext.RequestAborted);
        var now = clock.GetUtcNow();
        IsOpen = Survey.Status == SurveyStatus.Published && now >= Survey.OpensAt && now < Survey.ClosesAt;
        return null;
    }
}
