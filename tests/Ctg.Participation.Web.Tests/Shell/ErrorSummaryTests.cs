using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Shell;

public sealed class ErrorSummaryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static List<string> SummaryItems(string html)
    {
        var summary = Regex.Match(html, "<div class=\"resume-erreurs\".*?</ul>", RegexOptions.Singleline);
        Assert.True(summary.Success, "no error summary on the page");
        return Regex.Matches(summary.Value, "<li>(.*?)</li>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<.*?>", "")).Trim()).ToList();
    }

    [Fact]
    public async Task A_survey_step_sent_empty_names_each_question_in_the_summary_in_the_forms_order()
    {
        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Surveys.Where(s => s.Title == DemoSurvey.Title).Select(s => s.Id).FirstAsync();
        }
        using var visitor = factory.CreatePortalClient();
        var form = await visitor.GetAsync($"/enquetes/{id}");
        var result = await visitor.PostAsync($"/enquetes/{id}?etape=1", new Dictionary<string, string>(), form.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.OK, result.Status);
        var items = SummaryItems(result.Html);
        Assert.Equal(2, items.Count);
        Assert.StartsWith("Comment faites-vous garder votre plus jeune enfant ? — ", items[0]);
        Assert.StartsWith("Dans quelle commune habitez-vous ? — ", items[1]);
    }

    [Fact]
    public async Task A_form_of_tag_helper_fields_names_the_field_in_the_summary()
    {
        using var client = factory.CreatePortalClient();
        var result = await client.SubmitAsync("/compte/inscription", new Dictionary<string, string>());
        var items = SummaryItems(result.Html);
        Assert.StartsWith("Adresse électronique — ", items[0]);
        Assert.Contains(items, item => item.StartsWith("Nom d'affichage — ", StringComparison.Ordinal));
    }
}
