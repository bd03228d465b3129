using System.Net;
using System.Text;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Annuaire;

public sealed class ServiceDirectoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string BackOffice = "/coordination/alpes-d-azur/annuaire";

    private Task<int> CommuneAsync(string name) => QueryAsync(factory, db => db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    [Fact]
    public async Task The_directory_filtered_by_commune_lists_that_communes_services_and_no_other()
    {
        using var visitor = factory.CreatePortalClient();
        var guillaumes = await CommuneAsync("Guillaumes");

        var page = await visitor.GetAsync($"/annuaire?commune={guillaumes}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var text = PageText(page);
        Assert.Contains("Multi-accueil Guillaumes", text);
        Assert.Contains("Accueil de loisirs du Haut-Var", text);
        Assert.DoesNotContain("Crèche Les P'tits Montagnards", text);
        Assert.DoesNotContain("Point numérique de Beuil", text);

        var kindAndText = PageText(await visitor.GetAsync("/annuaire?type=AccueilDeLoisirs&q=vallee"));
        Assert.Contains("Accueil de loisirs de la vallée du Var", kindAndText);
        Assert.DoesNotContain("Accueil de loisirs du Haut-Var", kindAndText);
        var byAxis = PageText(await visitor.GetAsync("/annuaire?axe=parentalite"));
        Assert.Contains("Lieu d'accueil enfants-parents Les Petits Pas", byAxis);
        Assert.DoesNotContain("Multi-accueil Guillaumes", byAxis);
    }

    [Fact]
    public async Task The_directory_pages_by_keyset_without_repeating_or_skipping_an_entry()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var beuil = await CommuneAsync("Beuil");
        for (var i = 0; i < 22; i++)
        {
            var saved = await coordinator.SubmitAsync($"{BackOffice}/fiche", new Dictionary<string, string>
            {
                ["Input.Name"] = $"Service paginé {i:00}", ["Input.Kind"] = "Autre", ["Input.MunicipalityId"] = beuil.ToString(), ["Input.Wheelchair"] = "Unknown",
            });
            Assert.True(saved.IsRedirect, saved.ErrorText);
        }
        using var visitor = factory.CreatePortalClient();

        var first = await visitor.GetAsync("/annuaire?q=pagine");
        var next = System.Text.RegularExpressions.Regex.Match(first.Html, "href=\"(/annuaire\\?[^\"]*apres=\\d+)\"").Groups[1].Value;
        var second = await visitor.GetAsync(WebUtility.HtmlDecode(next));

        var names = System.Text.RegularExpressions.Regex.Matches(PageText(first) + PageText(second), @"Service paginé (\d\d)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(0, 22).Select(i => i.ToString("00")), names);
    }

    [Fact]
    public async Task A_coordinator_imports_services_after_a_preview_and_a_bad_row_is_reported_with_its_reason()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var csv = "nom;type;commune;adresse;axe;telephone;courriel;site;horaires;accessibilite;fauteuil_roulant\n"
                  + "Crèche importée;crèche;Péone;1 rue du Col;Petite enfance;04 93 00 00 00;creche@example.org;https://creche.example.org;\"Lundi\nMardi\";Rampe;oui\n"
                  + "Centre social importé;centre social;Nice;;;;;;;;non\n";

        var uploaded = await UploadAsync(coordinator, $"{BackOffice}/import", "annuaire.csv", Utf8WithBom(csv));
        Assert.True(uploaded.IsRedirect, uploaded.ErrorText);
        var preview = PageText(await coordinator.GetAsync(uploaded.Location!));
        Assert.Contains("1 ligne(s) valide(s), 1 ligne(s) rejetée(s)", preview);
        Assert.Contains("la commune « Nice » n'est pas une commune de cette CTG", preview);
        Assert.False(await QueryAsync(factory, db => db.FamilyServices.AnyAsync(s => s.Name == "Crèche importée")));

        var confirmed = await coordinator.SubmitAsync(uploaded.Location!, new Dictionary<string, string> { ["import"] = uploaded.Location!.Split("import=")[1] }, handler: "Confirmer");

        Assert.True(confirmed.IsRedirect, confirmed.ErrorText);
        var created = await QueryAsync(factory, db => db.FamilyServices.SingleAsync(s => s.Name == "Crèche importée"));
        Assert.Equal("Lundi\nMardi", created.OpeningHours);
        Assert.Equal(Ctg.Participation.ServiceDirectory.WheelchairAccess.Yes, created.Wheelchair);
        Assert.False(await QueryAsync(factory, db => db.FamilyServices.AnyAsync(s => s.Name == "Centre social importé")));
    }

    [Fact]
    public async Task A_bad_entry_is_refused_beside_its_fields_and_another_ctgs_coordinator_cannot_add_one_here()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var refused = await coordinator.SubmitAsync($"{BackOffice}/fiche", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Kind"] = "Creche", ["Input.MunicipalityId"] = "", ["Input.Email"] = "pas-une-adresse", ["Input.Website"] = "javascript:alert(1)", ["Input.Wheelchair"] = "Unknown",
        });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Saisissez le nom du service", refused.FieldError("Input.Name"));
        Assert.Contains("Choisissez une commune de cette CTG", refused.FieldError("Input.MunicipalityId"));
        Assert.Contains("n'est pas valide", refused.FieldError("Input.Email"));
        Assert.Contains("https://", refused.FieldError("Input.Website"));

        using var other = await SignedInAsync(factory, OtherCoordinator);
        var token = (await other.GetAsync("/coordination/pays-de-grasse/annuaire/fiche")).AntiforgeryToken;
        var forged = await other.PostAsync($"{BackOffice}/fiche", new Dictionary<string, string>
        {
            ["Input.Name"] = "Service forgé", ["Input.Kind"] = "Creche", ["Input.MunicipalityId"] = (await CommuneAsync("Beuil")).ToString(), ["Input.Wheelchair"] = "Unknown",
        }, token);
        Assert.True(forged.Status == HttpStatusCode.Forbidden || (forged.IsRedirect && forged.Location!.Contains("/compte/acces-refuse")), $"{forged.Status} {forged.Location}");
        Assert.False(await QueryAsync(factory, db => db.FamilyServices.AnyAsync(s => s.Name == "Service forgé")));
    }
}
