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
    public async Task A_form_of_tag_helper_fields_names_the_field_in_the_summary()
    {
        using var client = factory.CreatePortalClient();
        var result = await client.SubmitAsync("/compte/inscription", new Dictionary<string, string>());
        var items = SummaryItems(result.Html);
        // In the form's order, each item naming its field (the label is added unless the message already says it).
        Assert.Contains("adresse électronique", items[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains(items, item => item.Contains("Nom d'affichage — ", StringComparison.Ordinal) || item.Contains("nom d'affichage", StringComparison.OrdinalIgnoreCase));
    }
}
