using System.Net;
using Ctg.Participation.Reporting;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Bilan;

/// <summary>The bilan's way to the Caf through the real host: transmit, return, answer, acknowledge, and who may do what.</summary>
public sealed class ReportTransmissionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int Year => DateTime.UtcNow.Year;
    private static string Report(int year) => $"/coordination/alpes-d-azur/bilan/{year}";
    private const string Administrator = "admin@ctg-demo.test";

    private static bool IsRefused(PortalClient.Page page) =>
        page.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (page.IsRedirect && (page.Location!.Contains("/compte/acces-refuse") || page.Location.Contains("/compte/connexion")));

    private static string Text(PortalClient.Page page) => WebUtility.HtmlDecode(page.Html);

    private static async Task<string> StatusOnDepartmentListAsync(PortalClient client, int year)
    {
        var list = await client.GetAsync($"/coordination/bilans?annee={year}");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var row = System.Text.RegularExpressions.Regex.Match(list.Html, $"data-ctg=\"alpes-d-azur\" data-annee=\"{year}\".*?statut-bilan--[a-z-]+\">(.*?)</span>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(row.Success, "no row for Alpes d'Azur");
        return WebUtility.HtmlDecode(row.Groups[1].Value);
    }

    [Fact]
    public async Task Nobody_but_the_ctgs_coordinators_transmits_nobody_but_caf_advisors_reviews_and_the_department_list_is_for_the_caf()
    {
        var year = Year - 1;
        var url = Report(year);
        using var anonymous = factory.CreatePortalClient();
        using var resident = await SignedInAsync(factory, Resident);
        using var other = await SignedInAsync(factory, OtherCoordinator);
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        using var administrator = await SignedInAsync(factory, Administrator);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var token = (await coordinator.GetAsync(url)).AntiforgeryToken;

        foreach (var client in new[] { anonymous, resident, other })
        {
            Assert.True(IsRefused(await client.GetAsync(url)));
            Assert.True(IsRefused(await client.GetAsync(url + "?handler=Version&numero=1")));
            Assert.True(IsRefused(await client.GetAsync("/coordination/bilans")));
        }
        var otherToken = (await other.GetAsync("/coordination/pays-de-grasse/bilan/" + year)).AntiforgeryToken;
        Assert.True(IsRefused(await other.PostAsync(url + "?handler=Transmettre", new Dictionary<string, string>(), otherToken)));
        Assert.True(IsRefused(await coordinator.GetAsync("/coordination/bilans")));
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/coordination/bilans")).Status);

        // Advisors and administrators read the report but cannot transmit it.
        var advisorToken = (await advisor.GetAsync(url)).AntiforgeryToken;
        Assert.True(IsRefused(await advisor.PostAsync(url + "?handler=Transmettre", new Dictionary<string, string>(), advisorToken)));
        var adminToken = (await administrator.GetAsync(url)).AntiforgeryToken;
        Assert.True(IsRefused(await administrator.PostAsync(url + "?handler=Transmettre", new Dictionary<string, string>(), adminToken)));
        Assert.False(await QueryAsync(factory, db => db.ReportSubmissions.AnyAsync(s => s.AnnualReport!.Year == year)));

        // Once sent, only a Caf advisor answers it: not its coordinator, not an administrator.
        Assert.True((await coordinator.PostAsync(url + "?handler=Transmettre", new Dictionary<string, string>(), token)).IsRedirect);
        Assert.True(IsRefused(await coordinator.PostAsync(url + "?handler=Accuser", new Dictionary<string, string>(), token)));
        Assert.True(IsRefused(await administrator.PostAsync(url + "?handler=Renvoyer", new Dictionary<string, string> { ["commentaire"] = "Renvoi forgé" }, adminToken)));
        Assert.True(IsRefused(await other.PostAsync(url + "?handler=Accuser", new Dictionary<string, string>(), otherToken)));
        Assert.Equal(SubmissionOutcome.Pending, await QueryAsync(factory, db => db.ReportSubmissions.Where(s => s.AnnualReport!.Year == year).Select(s => s.Outcome).SingleAsync()));
        Assert.True((await advisor.PostAsync(url + "?handler=Accuser", new Dictionary<string, string>(), advisorToken)).IsRedirect);
    }

    [Fact]
    public async Task A_year_filter_outside_the_known_years_is_explained_beside_the_field()
    {
        using var advisor = await SignedInAsync(factory, CafAdvisor);

        var page = await advisor.GetAsync("/coordination/bilans?annee=1999");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Choisissez une année entre", page.FieldError("annee"));
        Assert.DoesNotContain("data-ctg=", page.Html);
    }
}
