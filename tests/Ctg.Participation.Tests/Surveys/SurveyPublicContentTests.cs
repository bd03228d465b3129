using Ctg.Participation.PublicContent;
using Ctg.Participation.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Surveys;

/// <summary>Which cached public pages a survey write evicts.</summary>
public sealed class SurveyPublicContentTests
{
    private static PublicContentRule RuleFor<T>() =>
        new ServiceCollection().AddSurveysPublicContent().BuildServiceProvider()
            .GetServices<PublicContentRule>().Single(r => r.EntityType == typeof(T));

    [Fact]
    public void A_draft_saved_at_a_step_evicts_no_public_page()
    {
        Assert.Empty(RuleFor<SurveyResponse>().TagsFor(new SurveyResponse { Status = SurveyResponseStatus.Draft }));
    }

    [Fact]
    public void A_completed_response_evicts_the_surveys_the_figures_and_with_its_answers_the_home()
    {
        Assert.Equal(SurveysPublicContent.Responses, RuleFor<SurveyResponse>().TagsFor(new SurveyResponse { Status = SurveyResponseStatus.Completed }));
        Assert.Contains(PublicPages.Home, RuleFor<SurveyAnswer>().TagsFor(new SurveyAnswer()));
        Assert.Contains(PublicPages.Indicators, RuleFor<SurveyAnswer>().TagsFor(new SurveyAnswer()));
    }
}
