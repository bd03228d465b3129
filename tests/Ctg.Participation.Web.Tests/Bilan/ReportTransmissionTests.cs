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
    public async Task The_coordinator_transmits_the_advisor_returns_it_the_coordinator_answers_and_the_advisor_acknowledges()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        var url = Report(Year);
        Assert.Equal("brouillon", await StatusOnDepartmentListAsync(advisor, Year));

        var draft = await coordinator.SubmitAsync(url, new Dictionary<string, string> { ["objective"] = "1", ["text"] = "<p>Expertises de la PMI mobilisées en Copil.</p>" });
        Assert.True(draft.IsRedirect, draft.ErrorText);
        var sent = await coordinator.SubmitAsync(url, new Dictionary<string, string>(), "Transmettre");
        Assert.True(sent.IsRedirect, sent.ErrorText);

        var frozen = await coordinator.GetAsync(url);
        Assert.Contains("Version 1 transmise à la Caf le", Text(frozen));
        Assert.DoesNotContain("Enregistrer le brouillon", frozen.Html);
        var late = await coordinator.PostAsync(url, new Dictionary<string, string> { ["objective"] = "1", ["text"] = "<p>Modifié après envoi</p>" }, frozen.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.OK, late.Status);
        // The draft forms are gone once sent: a forged edit is explained in the error summary and nothing changes.
        Assert.Contains("Ce bilan est transmis à la Caf : il ne peut plus être modifié.", late.ErrorText);
        Assert.False(await QueryAsync(factory, db => db.AnnualReportTexts.AnyAsync(t => t.TextHtml.Contains("Modifié après envoi"))));
        Assert.Equal("transmis", await StatusOnDepartmentListAsync(advisor, Year));

        var bare = await advisor.SubmitAsync(url, new Dictionary<string, string> { ["commentaire"] = "" }, "Renvoyer");
        Assert.Equal("Erreur : Dites ce qu'il faut compléter (5 caractères au moins).", bare.FieldError("commentaire"));
        var returned = await advisor.SubmitAsync(url, new Dictionary<string, string> { ["commentaire"] = "Précisez la nature des expertises." }, "Renvoyer");
        Assert.True(returned.IsRedirect, returned.ErrorText);
        Assert.Equal("à compléter", await StatusOnDepartmentListAsync(advisor, Year));
        Assert.Contains("Précisez la nature des expertises.", Text(await coordinator.GetAsync(url)));

        var unanswered = await coordinator.SubmitAsync(url, new Dictionary<string, string> { ["reponse"] = "" }, "Transmettre");
        Assert.Contains("Répondez aux remarques de la Caf", unanswered.FieldError("reponse"));
        var answered = await coordinator.SubmitAsync(url, new Dictionary<string, string> { ["reponse"] = "Nature précisée : PMI, juriste." }, "Transmettre");
        Assert.True(answered.IsRedirect, answered.ErrorText);
        var acknowledged = await advisor.SubmitAsync(url, new Dictionary<string, string>(), "Accuser");
        Assert.True(acknowledged.IsRedirect, acknowledged.ErrorText);

        Assert.Equal("accusé de réception", await StatusOnDepartmentListAsync(advisor, Year));
        var history = Text(await coordinator.GetAsync(url));
        Assert.Contains("version 1 transmise par", history);
        Assert.Contains("version 1 renvoyée à compléter par Julien M. (Caf 06)", history);
        Assert.Contains("Réponse : Nature précisée : PMI, juriste.", history);
        Assert.Contains("réception de la version 2 accusée par Julien M. (Caf 06)", history);

        // Each version's PDF is kept as sent.
        using var first = await advisor.Http.GetAsync(url + "?handler=Version&numero=1");
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await first.Content.ReadAsByteArrayAsync());
        // The cover may wrap inside « (version 1) »: compared without spaces.
        Assert.Contains("(version1)", pdf.GetPage(1).Text.Replace(" ", ""));
        Assert.Contains($"page 1 sur {pdf.NumberOfPages}", pdf.GetPage(1).Text);
        Assert.Equal(2, await QueryAsync(factory, db => db.ReportSubmissions.CountAsync(s => s.AnnualReport!.Year == Year && s.AnnualReport.ConventionId == db.Conventions.Single(c => c.Slug == "alpes-d-azur").Id)));
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
