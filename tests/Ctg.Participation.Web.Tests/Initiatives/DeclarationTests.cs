using System.Net;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Initiatives.InitiativeScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Initiatives;

public sealed class DeclarationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Invalid_declaration_shows_french_errors_beside_the_fields_and_stores_nothing()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var before = await QueryAsync(factory, db => db.CitizenInitiatives.CountAsync());
        var form = await FormAsync(factory, "");
        form.Remove("Input.MunicipalityIds");
        form["Input.Contact"] = "";

        var page = await resident.SubmitAsync("/initiatives/nouvelle?ctg=alpes-d-azur", form);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Saisissez le nom de l'initiative.", page.FieldError("Input.Name"));
        Assert.Contains("Choisissez au moins une commune", WebUtility.HtmlDecode(page.Html));
        Assert.Contains("Indiquez comment joindre les porteurs", page.FieldError("Input.Contact"));
        Assert.Equal(before, await QueryAsync(factory, db => db.CitizenInitiatives.CountAsync()));
    }

    [Fact]
    public async Task Initiative_is_published_only_once_validated_and_its_contact_stays_with_coordinators()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var anonymous = factory.CreatePortalClient();
        var name = "Jardin partagé " + Guid.NewGuid().ToString("N")[..6];
        var id = await DeclareAsync(factory, resident, name);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/initiatives/{id}")).Status);
        Assert.DoesNotContain(name, WebUtility.HtmlDecode((await anonymous.GetAsync("/initiatives")).Html));
        Assert.DoesNotContain("parents.ensemble@example.org", WebUtility.HtmlDecode((await resident.GetAsync($"/initiatives/{id}")).Html));

        var validated = await coordinator.SubmitAsync($"/initiatives/{id}", new Dictionary<string, string>(), handler: "Valider");
        Assert.True(validated.IsRedirect, validated.ErrorText);

        var page = await anonymous.GetAsync($"/initiatives/{id}");
        Assert.Contains(name, WebUtility.HtmlDecode(page.Html));
        Assert.Contains("Association Parents Ensemble", WebUtility.HtmlDecode(page.Html));
        Assert.DoesNotContain("parents.ensemble@example.org", WebUtility.HtmlDecode(page.Html));
        Assert.Contains("parents.ensemble@example.org", WebUtility.HtmlDecode((await coordinator.GetAsync($"/initiatives/{id}")).Html));
        Assert.Contains(name, WebUtility.HtmlDecode((await anonymous.GetAsync("/initiatives?ctg=alpes-d-azur&axe=parentalite&commune=06099")).Html));
        Assert.DoesNotContain(name, WebUtility.HtmlDecode((await anonymous.GetAsync("/initiatives?ctg=pays-de-grasse")).Html));
    }

    [Fact]
    public async Task Refused_initiative_author_gets_the_reason()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var id = await DeclareAsync(factory, resident);

        var withoutReason = await coordinator.SubmitAsync($"/initiatives/{id}", new Dictionary<string, string> { ["Reason"] = "" }, handler: "Refuser");
        Assert.Equal(HttpStatusCode.OK, withoutReason.Status);
        Assert.Contains("Expliquez le refus", withoutReason.FieldError("Reason"));

        const string reason = "Cette activité relève d'un service municipal déjà existant.";
        var refused = await coordinator.SubmitAsync($"/initiatives/{id}", new Dictionary<string, string> { ["Reason"] = reason }, handler: "Refuser");
        Assert.True(refused.IsRedirect, refused.ErrorText);

        var notifications = await resident.GetAsync("/compte/notifications");
        Assert.Contains(reason, WebUtility.HtmlDecode(notifications.Html));
        Assert.Contains(reason, WebUtility.HtmlDecode((await resident.GetAsync($"/initiatives/{id}")).Html));
        Assert.Equal(InitiativeStatus.Refused, await QueryAsync(factory, db => db.CitizenInitiatives.Where(i => i.Id == id).Select(i => i.Status).FirstAsync()));
    }

    [Fact]
    public async Task Coordinator_of_another_ctg_cannot_validate()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var other = await SignedInAsync(factory, OtherCoordinator);
        var id = await DeclareAsync(factory, resident);

        var page = await other.GetAsync($"/initiatives/{id}");
        Assert.DoesNotContain("Valider et publier", WebUtility.HtmlDecode(page.Html));
        var token = (await other.GetAsync("/initiatives/nouvelle")).AntiforgeryToken;
        await other.PostAsync($"/initiatives/{id}?handler=Valider", new Dictionary<string, string>(), token);

        Assert.Equal(InitiativeStatus.AwaitingReview, await QueryAsync(factory, db => db.CitizenInitiatives.Where(i => i.Id == id).Select(i => i.Status).FirstAsync()));
    }

    [Fact]
    public async Task Download_my_data_includes_the_declared_initiatives_with_their_contact()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var name = "Initiative à exporter " + Guid.NewGuid().ToString("N")[..6];
        await DeclareAsync(factory, resident, name);

        using var response = await resident.Http.GetAsync("/compte/mes-donnees");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var declared = json.RootElement.GetProperty("initiatives").EnumerateArray().Single(i => i.GetProperty("nom").GetString() == name);
        Assert.Equal("parents.ensemble@example.org", declared.GetProperty("contact").GetString());
    }
}
