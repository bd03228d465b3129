using Ctg.Participation.Common;
using Ctg.Participation.Indicators;
using Ctg.Participation.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Surveys;

public static class SurveysFeature
{
    /// <summary>The surveys feature: builder, answering, results and export, its routing source and its indicators.</summary>
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSurveysPublicContent();
        services.AddScoped<SurveyForms>();
        services.AddScoped<SurveyBuilder>();
        services.AddScoped<SurveyAnswering>();
        services.AddSingleton<SurveyTallies>();
        // SurveyResults takes the tallies through its optional parameter: the container fills it when registered.
        services.AddScoped<SurveyResults>();
        services.AddScoped<SurveyDirectory>();
        services.AddRoutableSource<SurveyAnswerSource>();
        services.AddIndicator<SurveysConductedIndicator>();
        services.AddIndicator<SurveyResponsesIndicator>();
        services.AddScoped<Accounts.IPersonalDataSource, SurveyPersonalData>();
        services.AddPermissions(SurveyPermissions.Feature, SurveyPermissions.Declared);
        return services;
    }
}
