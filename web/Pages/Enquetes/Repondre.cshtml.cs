using Ctg.Participation.Surveys;
using Ctg.Participation.Surveys.Forms;
using Ctg.Participation.Web.Common;
using Ctg.Participation.Web.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Enquetes;

/// <summary>
/// Answering a survey one step at a time. Conditions between steps are evaluated on the server (no script needed);
/// the draft is kept on the server, so a signed-in resident resumes where they stopped.
/// </summary>
public sealed class RepondreModel(SurveyDirectory directory, SurveyForms forms, SurveyAnswering answering, Ctg.Participation.ExternalIdentities.VerifiedIdentities verified) : PageModel
{
    public SurveyDirectory.Header Survey { get; private set; } = default!;
    public FormDefinition Form { get; private set; } = default!;
    public int Step { get; private set; }
    public int StepNumber => Form.Sections.ToList().IndexOf(Step) + 1;
    public IReadOnlyList<FormQuestion> Questions { get; private set; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Refusal { get; private set; }
    public string CompletionToken { get; private set; } = "";
    public bool NeedsSignIn { get; private set; }
    /// <summary>Signed in, but the survey is for accounts verified by FranceConnect and this one is not.</summary>
    public bool NeedsVerification { get; private set; }
    public int? PreviousStep { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? etape)
    {
        if (await LoadAsync(id) is { } notFound) return notFound;
        var progress = await answering.FindAsync(id, Respondent());
        if (progress.Response?.Status == SurveyResponseStatus.Completed) return RedirectToPage("/Enquetes/Merci", new { id });
        var reached = progress.Response?.Section ?? Form.Sections.FirstOrDefault(1);
        var step = etape is { } e && Form.Sections.Contains(e) && e <= reached ? e : reached;
        Show(step, progress.Values, FormValues.ToFields(Form, progress.Values), progress.Response?.CompletionToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int etape, string? jeton, string? action)
    {
        if (await LoadAsync(id) is { } notFound) return notFound;
        if (Refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (NeedsSignIn) return RedirectToPage("/Compte/Connexion", new { ReturnUrl = Url.Page("/Enquetes/Repondre", new { id }) });
        if (NeedsVerification)
        {
            Refusal = SurveyAnswering.VerifiedOnlyMessage;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var posted = Request.Form.QuestionFields();
        var outcome = await answering.SubmitAsync(id, Respondent(), jeton, etape, posted, HttpContext.RequestAborted);
        switch (outcome.Kind)
        {
            case SurveyAnswering.StepKind.Forged:
                return BadRequest();
            case SurveyAnswering.StepKind.Refused:
                Refusal = outcome.Message;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case SurveyAnswering.StepKind.Completed:
            case SurveyAnswering.StepKind.AlreadyCompleted:
                return RedirectToPage("/Enquetes/Merci", new { id });
            case SurveyAnswering.StepKind.Next when action == "plus-tard":
                TempData["Message"] = "Vos réponses sont enregistrées. Revenez sur cette enquête quand vous voulez pour la terminer.";
                return RedirectToPage("/Enquetes/Index");
            case SurveyAnswering.StepKind.Next:
                return RedirectToPage("/Enquetes/Repondre", new { id = id, etape = outcome.NextSection });
            default:
                var progress = await answering.FindAsync(id, Respondent());
                var step = outcome.NextSection ?? etape;
                var fields = step == etape ? posted : FormValues.ToFields(Form, progress.Values);
                Show(step, progress.Values, fields, jeton);
                Errors = outcome.Errors ?? new Dictionary<string, string>();
                foreach (var (key, message) in Errors) ModelState.AddModelError(key, message);
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var survey = await directory.FindAsync(id, HttpContext.RequestAborted);
        if (survey is null || survey.Status == SurveyStatus.Draft) return NotFound();
        Survey = survey;
        Form = await forms.LoadAsync(id, HttpContext.RequestAborted);
        var entity = await directory.EntityAsync(id, HttpContext.RequestAborted);
        Refusal = answering.Refusal(entity!);
        NeedsSignIn = User.UserId() is null && survey.Audience != SurveyAudience.AnonymousAllowed;
        NeedsVerification = !NeedsSignIn && survey.Audience == SurveyAudience.VerifiedAccountRequired
            && !await verified.IsVerifiedAsync(User.UserId(), HttpContext.RequestAborted);
        return null;
    }

    private void Show(int step, IReadOnlyList<AnswerValue> saved, IReadOnlyDictionary<string, IReadOnlyList<string>> fields, string? token)
    {
        Step = step;
        var earlier = saved.Where(v => Form.Find(v.QuestionId)?.Section < step).ToList();
        // Questions hidden by an answer of an earlier step are not shown at all; those depending on this step are shown
        // with their condition in words, and the small script hides them until the choice is made.
        Questions = Form.Questions.Where(q => q.Section == step && (q.Condition is null
            || Form.Find(q.Condition.QuestionId)?.Section == step || FormConditions.IsVisible(q, earlier))).ToList();
        Values = fields;
        CompletionToken = token ?? SurveyAnswering.NewToken();
        PreviousStep = Form.Sections.Where(s => s < step).Select(s => (int?)s).LastOrDefault();
    }

    /// <summary>The account, or for anonymous surveys this browser's cookie (set on the first visit).</summary>
    private SurveyAnswering.Respondent Respondent()
    {
        if (User.UserId() is { } user) return new(user, null);
        if (Survey.Audience != SurveyAudience.AnonymousAllowed) return new(null, null);
        var name = SurveysWebExtensions.BrowserCookiePrefix + Survey.Id;
        var token = Request.Cookies[name];
        if (string.IsNullOrEmpty(token) || token.Length != 32)
        {
            token = SurveyAnswering.NewToken();
            var options = new CookieOptions
            {
                Path = "/enquetes/" + Survey.Id, Expires = Survey.ClosesAt.AddDays(30), HttpOnly = true, IsEssential = true,
                SameSite = SameSiteMode.Lax, Secure = Request.IsHttps,
            };
            Response.Cookies.Append(name, token, options);
            return new(null, HttpMethods.IsGet(Request.Method) ? token : null);
        }
        return new(null, token);
    }
}
