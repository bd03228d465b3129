using Ctg.Participation.PublicContent;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Surveys;

/// <summary>Open surveys are listed publicly; completed responses count in the figures.</summary>
public static class SurveysPublicContent
{
    public static readonly string[] Responses = [PublicPages.Surveys, PublicPages.Indicators, PublicPages.OpenData];

    public static IServiceCollection AddSurveysPublicContent(this IServiceCollection services) => services
        .AddPublicContent<Survey>(_ => [PublicPages.Surveys, .. PublicPages.CtgLife])
        .AddPublicContent<Question>(_ => [PublicPages.Surveys])
        .AddPublicContent<QuestionChoice>(_ => [PublicPages.Surveys])
        .AddPublicContent<SurveyResponse>(_ => Responses)
        .AddPublicContent<SurveyAnswer>(_ => Responses);
}
