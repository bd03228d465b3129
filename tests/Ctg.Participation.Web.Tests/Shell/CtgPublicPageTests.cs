using System.Net;
using Ctg.Participation.Testing;

namespace Ctg.Participation.Web.Tests.Shell;

public sealed class CtgPublicPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_ctg_page_links_its_proposals_surveys_initiatives_networks_and_agenda_and_names_its_communes()
    {
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetAsync("/ctg/alpes-d-azur");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var html = WebUtility.HtmlDecode(page.Html);
        Assert.Contains("href=\"/propositions?ctg=alpes-d-azur\"", html);
        Assert.Contains("href=\"/enquetes?ctg=alpes-d-azur\"", html);
        Assert.Contains("href=\"/initiatives?ctg=alpes-d-azur\"", html);
        Assert.Contains("href=\"/reseaux/alpes-d-azur/", html);
        Assert.Contains("href=\"/ctg/alpes-d-azur/agenda.ics\"", html);
        Assert.Contains("Réunion publique : parents, parlons-en", html);
        Assert.Contains("<li>Puget-Théniers</li>", html);
        Assert.DoesNotContain("06099", html);
    }

    [Fact]
    public async Task The_header_chooser_shows_the_ctg_of_the_page_not_the_whole_department()
    {
        using var visitor = factory.CreatePortalClient();
        var html = WebUtility.HtmlDecode((await visitor.GetAsync("/propositions?ctg=alpes-d-azur")).Html);
        var chooser = html[html.IndexOf("id=\"choix-ctg\"", StringComparison.Ordinal)..];
        chooser = chooser[..chooser.IndexOf("</select>", StringComparison.Ordinal)];
        Assert.Contains("<option value=\"alpes-d-azur\" selected=\"selected\">", chooser);
        Assert.Contains("<option value=\"\">Tout le département</option>", chooser);
    }
}
