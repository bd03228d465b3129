using System.Security.Cryptography;
using Ctg.Participation.Data;
using Ctg.Participation.Surveys.Forms;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Surveys;

/// <summary>
/// Answering a survey step by step. The response is a server-side draft from the first step on (save and resume for
/// accounts; a browser cookie for anonymous answers); on the last step its values become answer rows and the response
/// is completed, once: a second post of the same form finds it completed and stores nothing.
/// </summary>
public sealed class SurveyAnswering(PortalDbContext db, SurveyForms forms, TimeProvider clock)
{
    /// <summary>Who answers: an account, or a browser (anonymous surveys).</summary>
    public sealed record Respondent(string? UserId, string? BrowserToken);

    public sealed record Progress(SurveyResponse? Response, List<AnswerValue> Values);

    public enum StepKind { Next, Completed, Invalid, Forged, Refused, AlreadyCompleted }

    public sealed record StepOutcome(StepKind Kind, int? NextSection = null, IReadOnlyDictionary<string, string>? Errors = null, string? Message = null);

    public const string VerifiedOnlyMessage =
        "Cette enquête est réservée aux comptes dont l'identité est vérifiée par FranceConnect. Liez FranceConnect à votre compte depuis « Mon compte », puis revenez.";

    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>Why a survey takes no answers now, or null when it is open.</summary>
    public string? Refusal(Survey survey)
    {
        var now = clock.GetUtcNow();
        if (survey.Status == SurveyStatus.Draft) return "Cette enquête n'est pas publiée.";
        if (now < survey.OpensAt) return $"Cette enquête n'est pas encore ouverte : elle ouvre le {SurveyDates.Label(SurveyDates.DayOf(survey.OpensAt))}.";
        if (!survey.IsOpenAt(now)) return "Cette enquête est close : elle ne reçoit plus de réponses.";
        return null;
    }

    public async Task<Progress> FindAsync(int surveyId, Respondent who, CancellationToken ct = default)
    {
        var response = await Query(surveyId, who).AsNoTracking().FirstOrDefaultAsync(ct);
        return new(response, FormValues.FromJson(response?.DraftJson));
    }

    private IQueryable<SurveyResponse> Query(int surveyId, Respondent who) => who.UserId is { } user
        ? db.SurveyResponses.Where(r => r.SurveyId == surveyId && r.UserId == user)
        : db.SurveyResponses.Where(r => r.SurveyId == surveyId && r.BrowserToken == who.BrowserToken && r.UserId == null);

    /// <summary>
    /// Stores one step. <paramref name="completionToken"/> is the token the form carried: it becomes the response's
    /// token on the first step, and must match afterwards.
    /// </summary>
    public async Task<StepOutcome> SubmitAsync(int surveyId, Respondent who, string? completionToken, int section,
        IReadOnlyDictionary<string, IReadOnlyList<string>> posted, CancellationToken ct = default)
    {
        var survey = await db.Surveys.AsNoTracking().FirstAsync(s => s.Id == surveyId, ct);
        if (Refusal(survey) is { } refusal) return new(StepKind.Refused, Message: refusal);
        if (who.UserId is null && survey.NeedsAccount)
            return new(StepKind.Refused, Message: "Connectez-vous pour répondre à cette enquête.");
        if (survey.Audience == SurveyAudience.VerifiedAccountRequired
            && !await db.Users.AnyAsync(u => u.Id == who.UserId && u.FranceConnectVerifiedAt != null, ct))
            return new(StepKind.Refused, Message: VerifiedOnlyMessage);
        if (who.UserId is null && string.IsNullOrEmpty(who.BrowserToken))
            return new(StepKind.Refused, Message: "Pour répondre sans compte, votre navigateur doit accepter le cookie de cette enquête. Rechargez la page puis réessayez.");
        if (string.IsNullOrEmpty(completionToken) || completionToken.Length > 64) return new(StepKind.Forged);

        var form = await forms.LoadAsync(surveyId, ct);
        if (!form.Sections.Contains(section)) return new(StepKind.Forged);

        var response = await Query(surveyId, who).FirstOrDefaultAsync(ct);
        if (response is { Status: SurveyResponseStatus.Completed }) return new(StepKind.AlreadyCompleted);
        if (response is not null && response.CompletionToken != completionToken) return new(StepKind.Forged);
        if (response is not null && section > response.Section) return new(StepKind.Forged);
        if (response is null && section != form.Sections[0]) return new(StepKind.Forged);

        var earlier = FormValues.FromJson(response?.DraftJson);
        var result = FormValidator.ValidateSection(form, section, earlier.Where(v => form.Find(v.QuestionId)?.Section < section).ToList(), posted);
        if (result.Forged) return new(StepKind.Forged);
        if (!result.IsValid) return new(StepKind.Invalid, Errors: result.Errors);

        var values = earlier.Where(v => form.Find(v.QuestionId) is { } q && q.Section != section).Concat(result.Values)
            .OrderBy(v => form.Questions.ToList().FindIndex(q => q.Id == v.QuestionId)).ToList();
        var next = NextSection(form, section, values);

        var now = clock.GetUtcNow();
        if (response is null)
        {
            response = new SurveyResponse
            {
                SurveyId = surveyId, UserId = who.UserId, BrowserToken = who.UserId is null ? who.BrowserToken : null,
                CompletionToken = completionToken, Status = SurveyResponseStatus.Draft, StartedAt = now, Section = section,
            };
            db.SurveyResponses.Add(response);
        }

        if (next is { } nextSection)
        {
            response.DraftJson = FormValues.ToJson(values);
            response.Section = Math.Max(response.Section, nextSection);
            if (!await SaveOnceAsync(ct)) return new(StepKind.AlreadyCompleted);
            return new(StepKind.Next, nextSection);
        }

        var (kept, missing) = FormValidator.Complete(form, values);
        if (missing is not null)
        {
            response.DraftJson = FormValues.ToJson(values);
            response.Section = Math.Max(response.Section, missing.Section);
            await SaveOnceAsync(ct);
            return new(StepKind.Invalid, missing.Section, new Dictionary<string, string> { [missing.Key] = "Répondez à cette question." });
        }
        return await CompleteAsync(response, kept, now, ct) ? new(StepKind.Completed) : new(StepKind.AlreadyCompleted);
    }

    /// <summary>The first later section with a visible question, or null when the form is finished.</summary>
    public static int? NextSection(FormDefinition form, int section, IReadOnlyList<AnswerValue> values)
    {
        foreach (var s in form.Sections.Where(s => s > section))
        {
            if (form.Questions.Any(q => q.Section == s && FormConditions.IsVisible(q, values))) return s;
        }
        return null;
    }

    /// <summary>Saves a new or changed draft; a concurrent first step of the same person loses to the unique index.</summary>
    private async Task<bool> SaveOnceAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Completes the response in one transaction: claims it (Draft → Completed, a conditional update only one request
    /// can win) and writes its answer rows.
    /// </summary>
    private async Task<bool> CompleteAsync(SurveyResponse response, List<AnswerValue> values, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (response.Id == 0)
        {
            response.DraftJson = null;
            response.Status = SurveyResponseStatus.Completed;
            response.CompletedAt = now;
            if (!await SaveOnceAsync(ct)) return false;
        }
        else
        {
            db.Entry(response).State = EntityState.Detached;
            var claimed = await db.SurveyResponses.Where(r => r.Id == response.Id && r.Status == SurveyResponseStatus.Draft)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, SurveyResponseStatus.Completed)
                    .SetProperty(r => r.CompletedAt, now).SetProperty(r => r.DraftJson, (string?)null), ct);
            if (claimed == 0) return false;
        }
        db.SurveyAnswers.AddRange(values.Select(v => new SurveyAnswer
        {
            ResponseId = response.Id, QuestionId = v.QuestionId, ChoiceId = v.ChoiceId, RowId = v.RowId,
            NumberValue = v.NumberValue is { } n ? (double)n : null, TextValue = v.TextValue, DateValue = v.DateValue,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
