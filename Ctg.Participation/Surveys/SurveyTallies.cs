using System.Collections.Concurrent;

namespace Ctg.Participation.Surveys;

/// <summary>
/// The database's counts behind a survey's results, kept while no response is completed: the results page of a survey
/// with 300,000 responses groups every answer, and a closed survey (or an open one between two answers) would be
/// counted again on every visit. A tally is keyed by the survey's number of completed responses and the highest of
/// their ids: completing a response is the only write that adds answers (they are stored with it, in one transaction),
/// answered questions cannot be removed nor change type, and a removed response lowers the count. Labels are not kept:
/// the summary reads the form each time, so a fixed label shows at once.
/// </summary>
public sealed class SurveyTallies
{
    /// <summary>Surveys × communes kept at most; beyond, every tally is dropped and counted again when asked.</summary>
    public const int Capacity = 512;

    /// <summary>What identifies the answers a tally counted.</summary>
    public readonly record struct Version(int CompletedResponses, int LastResponseId);

    private readonly ConcurrentDictionary<(int Survey, int? Municipality), (Version Version, SurveyTally Tally)> _kept = new();

    public SurveyTally? Find(int surveyId, int? municipalityId, Version version) =>
        _kept.TryGetValue((surveyId, municipalityId), out var kept) && kept.Version == version ? kept.Tally : null;

    public void Keep(int surveyId, int? municipalityId, Version version, SurveyTally tally)
    {
        if (_kept.Count >= Capacity) _kept.Clear();
        _kept[(surveyId, municipalityId)] = (version, tally);
    }
}

/// <summary>
/// One survey's answers as the database counted them: rows per (question, choice, row, value), respondents per question
/// and the statistics of free numbers.
/// </summary>
public sealed record SurveyTally(int Responses, IReadOnlyList<SurveyTally.Group> Groups, IReadOnlyDictionary<int, int> Respondents,
    IReadOnlyList<SurveyTally.Stats> NumberStats)
{
    public sealed record Group(int QuestionId, int? ChoiceId, int? RowId, double? NumberValue, int Count);

    public sealed record Stats(int QuestionId, double Average, double Min, double Max);
}
