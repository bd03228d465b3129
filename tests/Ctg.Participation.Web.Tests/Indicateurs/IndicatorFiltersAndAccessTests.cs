using System.Net;
using Ctg.Participation.Testing;
using static Ctg.Participation.Web.Tests.Indicateurs.IndicatorPages;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Indicateurs;

public sealed class IndicatorFiltersAndAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/indicateurs?ctg=alpes-d-azur&du=2026-06-01&au=2026-05-31", "au", "La date de fin doit être postérieure ou égale à la date de début.")]
    [InlineData("/indicateurs?ctg=nulle-part", "ctg", "Cette CTG n'existe pas. Choisissez une CTG de la liste.")]
    [InlineData("/indicateurs?ctg=pays-de-grasse&commune=06099", "commune", "Cette commune n'est pas couverte par la CTG CTG de la Communauté d'agglomération du Pays de Grasse.")]
    [InlineData("/indicateurs?ctg=alpes-d-azur&axe=astronomie", "axe", "Cet axe n'est pas un axe de la CTG CTG de la Communauté de communes Alpes d'Azur.")]
    [InlineData("/indicateurs?axe=parentalite", "axe", "Les axes sont propres à chaque CTG : choisissez d'abord une CTG.")]
    [InlineData("/indicateurs?du=31-02-2026", "du", "La date de début n'est pas valide : saisissez une date au format jj/mm/aaaa.")]
    public async Task A_refused_filter_shows_its_french_message_beside_the_field_and_no_figure(string url, string field, string message)
    {
        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Erreur : " + message, page.FieldError(field));
        Assert.Contains("Aucun indicateur n'est calculé", WebUtility.HtmlDecode(page.Html));
        Assert.DoesNotContain("<table", page.Html);
        Assert.DoesNotContain("data-graphique", page.Html);
    }

    [Fact]
    public async Task The_ctg_back_office_refuses_a_commune_of_another_ctg_and_computes_nothing()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var page = await coordinator.GetAsync("/coordination/alpes-d-azur/indicateurs?commune=06069");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Erreur : Cette commune n'est pas couverte par la CTG CTG de la Communauté de communes Alpes d'Azur.", page.FieldError("commune"));
        Assert.DoesNotContain("<table", page.Html);
    }

    [Fact]
    public async Task A_valid_filter_shows_the_figures_and_the_previous_period()
    {
        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetAsync("/indicateurs?ctg=alpes-d-azur&du=2026-01-01&au=2026-03-31&axe=parentalite&commune=06099");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.FieldError("au"));
        Assert.Contains("du 3 octobre 2025 au 31 décembre 2025", WebUtility.HtmlDecode(page.Html));
        Assert.Equal(0, Number(page, "initiatives-identifiees"));
        Assert.Contains("<caption", page.Html);
        Assert.Contains("<th scope=\"row\">", page.Html);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Resident)]
    [InlineData(OtherCoordinator)]
    public async Task Only_the_ctg_coordinators_and_caf_advisors_open_its_full_indicators(string? email)
    {
        using var client = email is null ? factory.CreatePortalClient() : await SignedInAsync(factory, email);
        var page = await client.GetAsync("/coordination/alpes-d-azur/indicateurs");

        Assert.True(page.IsRedirect || IsDenied(page), $"Expected a refusal, got {page.Status}");
        if (page.IsRedirect) Assert.Contains(email is null ? "/compte/connexion" : "/compte/acces-refuse", page.Location);
        Assert.DoesNotContain("data-code=", page.Html);
    }

    [Theory]
    [InlineData(Coordinator)]
    [InlineData(CafAdvisor)]
    public async Task The_ctg_coordinator_and_a_caf_advisor_open_the_ctg_indicators(string email)
    {
        using var client = await SignedInAsync(factory, email);
        var page = await client.GetAsync("/coordination/alpes-d-azur/indicateurs");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-code=\"participants-distincts\"", page.Html);
    }

    [Fact]
    public async Task An_unknown_ctg_in_the_back_office_is_not_found_for_an_advisor()
    {
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        Assert.Equal(HttpStatusCode.NotFound, (await advisor.GetAsync("/coordination/nulle-part/indicateurs")).Status);
    }

    [Theory]
    [InlineData(Resident)]
    [InlineData(Coordinator)]
    public async Task The_department_table_is_refused_to_residents_and_coordinators(string email)
    {
        using var client = await SignedInAsync(factory, email);
        var page = await client.GetAsync("/coordination/indicateurs");
        Assert.True(IsDenied(page), $"Expected a refusal, got {page.Status} {page.Location}");
    }

    [Fact]
    public async Task The_department_table_has_one_row_per_ctg_and_the_department_total_for_a_caf_advisor()
    {
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        var page = await advisor.GetAsync("/coordination/indicateurs");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var ctg in new[] { "alpes-d-azur", "pays-de-grasse", "pays-des-paillons", "departement" })
        {
            Assert.Contains($"<tr data-ctg=\"{ctg}\">", page.Html);
        }
        Assert.Contains("Habitants ayant participé", WebUtility.HtmlDecode(page.Html));
    }

    [Fact]
    public async Task The_open_data_page_documents_every_field()
    {
        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetAsync("/donnees-ouvertes");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var field in new[] { "annee", "ctg", "code", "valeur", "secret_statistique", "titre", "communes_insee", "axes", "statut", "soutiens", "date_publication" })
        {
            Assert.Contains($"<code>{field}</code>", page.Html);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/donnees-ouvertes/indicateurs.csv?annee=abc")).Status);
    }
}
