using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Surveys;

/// <summary>Open surveys are listed publicly; completed responses count in the figures.</summary>
public static class SurveysPublicContent
{
    public static readonly string[] Responses = [PublicPages.Surveys, PublicPages.Indicators, PublicPages.OpenData];

    /// <summary>Answer rows are written once, when a response is completed: it then counts among the home's contributions of the year.</summary>
    public static readonly string[] Answers = [.. Responses, PublicPages.Home];

    public static IServiceCollection AddSurveysPublicContent(this IServiceCollection services) => services
        .AddPublicContent<Survey>(_ => [PublicPages.Surveys, .. PublicPages.CtgLife])
        .AddPublicContent<Question>(_ => [PublicPages.Surveys])
        .AddPublicContent<QuestionChoice>(_ => [PublicPages.Surveys])
        // A draft saved at each step changes no public page: only a completed response (or its removal) counts.
        .AddPublicContent<SurveyResponse>(r => r.Status == SurveyResponseStatus.Completed ? Responses : [])
        .AddPublicContent<SurveyAnswer>(_ => Answers);
}
