using Ctg.Participation.Conventions;
using Ctg.Participation.Surveys.Forms;

namespace Ctg.Participation.Surveys;

/// <summary>
/// An enquête (shared diagnostic) of one CTG. Built as a draft, published for its open/close dates, closed by a
/// coordinator or by its close date. Titles and texts are plain text, encoded when rendered.
/// </summary>
public class Survey
{
    public int Id { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }
    public int? AxisId { get; set; }
    public Axis? Axis { get; set; }

    public string Title { get; set; } = "";
    public string Introduction { get; set; } = "";
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public SurveyAudience Audience { get; set; }
    public SurveyStatus Status { get; set; }

    /// <summary>When the coordinator chose to publish the results at /enquetes/{id}/resultats.</summary>
    public bool PublicResults { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    /// <summary>Set when a coordinator closes the survey before its close date.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public List<Question> Questions { get; set; } = [];

    /// <summary>When answers stop: the earlier of the close date and a manual close.</summary>
    public DateTimeOffset EndsAt => ClosedAt is { } closed && closed < ClosesAt ? closed : ClosesAt;

    public bool NeedsAccount => Audience != SurveyAudience.AnonymousAllowed;

    public bool IsOpenAt(DateTimeOffset now) => Status == SurveyStatus.Published && now >= OpensAt && now < EndsAt;
}

public enum SurveyAudience
{
    /// <summary>Only signed-in accounts answer, once each.</summary>
    AccountRequired = 0,
    /// <summary>Anyone answers; once per browser (a cookie) under the portal's rate limit.</summary>
    AnonymousAllowed = 1,
    /// <summary>Only accounts whose identity FranceConnect verified answer, once each (one real person, one answer).</summary>
    VerifiedAccountRequired = 2,
}

public enum SurveyStatus
{
    Draft = 0,
    Published = 1,
    Closed = 2,
}

public class Question
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public Survey? Survey { get; set; }
    public int Position { get; set; }
    public int Section { get; set; } = 1;
    public QuestionType Type { get; set; }
    public string Label { get; set; } = "";
    public string? Help { get; set; }
    public bool Required { get; set; }
    public bool AllowOther { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int? ConditionQuestionId { get; set; }
    public int? ConditionChoiceId { get; set; }

    /// <summary>Choices (and, for a matrix, its rows: <see cref="QuestionChoice.IsRow"/>).</summary>
    public List<QuestionChoice> Choices { get; set; } = [];
}

public class QuestionChoice
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public int Position { get; set; }
    public bool IsRow { get; set; }
    public string Label { get; set; } = "";
}

/// <summary>
/// One person's answer to a survey. While <see cref="SurveyResponseStatus.Draft"/>, the values given so far wait in
/// <see cref="DraftJson"/> (save and resume); on completion they become <see cref="SurveyAnswer"/> rows, so the
/// results only ever count completed responses without a join.
/// </summary>
public class SurveyResponse
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public Survey? Survey { get; set; }
    /// <summary>The account that answers; null for anonymous answers or a deleted account.</summary>
    public string? UserId { get; set; }
    /// <summary>The random token of the browser cookie for anonymous answers.</summary>
    public string? BrowserToken { get; set; }
    /// <summary>Sent with the form; a post must carry it, so a replayed or crossed form cannot complete another response.</summary>
    public string CompletionToken { get; set; } = "";
    public SurveyResponseStatus Status { get; set; }
    /// <summary>The furthest step reached.</summary>
    public int Section { get; set; } = 1;
    public string? DraftJson { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public enum SurveyResponseStatus
{
    Draft = 0,
    Completed = 1,
}

/// <summary>One stored value of a completed response (see <see cref="AnswerValue"/>), the table results are grouped on.</summary>
public class SurveyAnswer
{
    public int Id { get; set; }
    public int ResponseId { get; set; }
    public SurveyResponse? Response { get; set; }
    public int QuestionId { get; set; }
    public int? ChoiceId { get; set; }
    public int? RowId { get; set; }
    /// <summary>A double, so that averages run in the database on every provider (scales, ranks and counts are exact).</summary>
    public double? NumberValue { get; set; }
    public string? TextValue { get; set; }
    public DateOnly? DateValue { get; set; }
    /// <summary>A coordinator flagged this free-text answer "à orienter": it appears in the routing desk.</summary>
    public DateTimeOffset? FlaggedAt { get; set; }
}
