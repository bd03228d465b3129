using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Enquetes;

/// <summary>Adding or changing one question: type, wording, step, choices, bounds, condition.</summary>
[Authorize(Policy = Ctg.Participation.Conventions.ConventionPermissions.AccessCoordination)]
public sealed class QuestionModel(SurveyDirectory directory, SurveyBuilder builder, IAuthorizationService authorization)
    : SurveyBackOfficePage(directory, authorization)
{
    [BindProperty] public QuestionInput Input { get; set; } = new();
    public int? QuestionId { get; private set; }
    public bool Answered { get; private set; }
    public int LastSection { get; private set; }
    /// <summary>The choices a condition may name: "question:choice" and its wording.</summary>
    public IReadOnlyList<(string Value, string Label)> Conditions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? questionId)
    {
        if (await LoadAsync(id, questionId) is { } refused) return refused;
        if (questionId is null) Input.Section = Math.Max(1, LastSection);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? questionId)
    {
        var posted = Input;
        if (await LoadAsync(id, questionId) is { } refused) return refused;
        Input = posted;
        if (!ModelState.IsValid) return Page();
        var outcome = await builder.SaveQuestionAsync(id, questionId, Input.ToDraft(), HttpContext.RequestAborted);
        if (outcome.Id is null)
        {
            ModelState.AddErrors(nameof(Input), outcome.Errors);
            return Page();
        }
        TempData["Message"] = questionId is null ? "La question est ajoutée." : "La question est enregistrée.";
        return RedirectToPage("/Coordination/Enquetes/Modifier", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, int? questionId)
    {
        if (await AuthorizeSurveyAsync(id, build: true) is { } refused) return refused;
        var questions = await Directory.QuestionsAsync(id, HttpContext.RequestAborted);
        if (questionId is not null)
        {
            var found = questions.FirstOrDefault(q => q.Question.Id == questionId);
            if (found.Question is null) return NotFound();
            QuestionId = questionId;
            Answered = found.Answered;
            Input = QuestionInput.From(found.Question);
        }
        LastSection = questions.Select(q => q.Question.Section).DefaultIfEmpty(1).Max();
        Conditions = questions.Select(q => q.Question)
            .TakeWhile(q => q.Id != questionId)
            .Where(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice)
            .SelectMany(q => q.Choices.Where(c => !c.IsRow).OrderBy(c => c.Position).Select(c => ($"{q.Id}:{c.Id}", $"« {q.Label} » a la réponse « {c.Label} »")))
            .ToList();
        return null;
    }
}
