using System.Net;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Propositions;

public sealed class SubmissionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Too_short_title_and_body_and_no_commune_show_messages_beside_fields_and_store_nothing()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var before = await QueryAsync(factory, db => db.Proposals.CountAsync());
        var form = await FormAsync(factory, "Abc", "Trop court");
        form.Remove("Input.MunicipalityIds");

        var page = await resident.SubmitAsync("/propositions/nouvelle?ctg=alpes-d-azur", form);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Erreur : Le titre doit compter entre 5 et 150 caractères (il en compte 3).", page.FieldError("Input.Title"));
        Assert.StartsWith("Erreur : La description doit compter entre 15 et 10", page.FieldError("Input.Body"));
        Assert.Equal("Erreur : Choisissez au moins une commune concernée.", page.FieldError("Input.MunicipalityIds"));
        Assert.Contains("Le formulaire contient des erreurs", page.Html);
        Assert.Equal(before, await QueryAsync(factory, db => db.Proposals.CountAsync()));
    }

    [Fact]
    public async Task Commune_of_another_ctg_is_refused()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var form = await FormAsync(factory, "Une navette vers la crèche", "Une navette le matin pour rejoindre la crèche.");
        form["Input.MunicipalityIds"] = (await QueryAsync(factory, db => db.Municipalities.Where(m => m.InseeCode == "06069").Select(m => m.Id).FirstAsync())).ToString();

        var page = await resident.SubmitAsync("/propositions/nouvelle?ctg=alpes-d-azur", form);

        Assert.Equal("Erreur : Choisissez des communes de cette CTG.", page.FieldError("Input.MunicipalityIds"));
    }

    [Fact]
    public async Task Script_event_handlers_and_javascript_links_are_removed_on_write()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident,
            title: "<script>alert('titre')</script>Des bancs <img src=x onerror=alert(1)>au parc",
            body: "<p onclick=\"alert(2)\">Des bancs à l'ombre <a href=\"javascript:alert(3)\">ici</a> <script>alert(4)</script><svg onload=alert(5)></svg></p>");

        var stored = await QueryAsync(factory, db => db.Proposals.Where(p => p.Id == id).Select(p => new { p.Title, p.BodyHtml }).FirstAsync());
        Assert.Equal("Des bancs au parc", stored.Title);
        Assert.DoesNotContain("script", stored.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", stored.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", stored.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("svg", stored.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Des bancs à l'ombre", stored.BodyHtml);
    }

    [Fact]
    public async Task Same_form_posted_twice_at_once_creates_one_proposal()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var key = Guid.NewGuid();
        var form = await FormAsync(factory, "Un atelier numérique à Guillaumes", "Un atelier hebdomadaire pour les démarches en ligne.", key);
        var token = (await resident.GetAsync("/propositions/nouvelle?ctg=alpes-d-azur")).AntiforgeryToken;

        var results = await Task.WhenAll(
            resident.PostAsync("/propositions/nouvelle?ctg=alpes-d-azur", form, token),
            resident.PostAsync("/propositions/nouvelle?ctg=alpes-d-azur", form, token));
        var again = await resident.PostAsync("/propositions/nouvelle?ctg=alpes-d-azur", form, token);

        Assert.All(results.Append(again), r => Assert.True(r.IsRedirect, $"{r.Status} {r.ErrorText}"));
        Assert.Single(results.Append(again).Select(r => r.Location).Distinct());
        Assert.Equal(1, await QueryAsync(factory, db => db.Proposals.CountAsync(p => p.SubmissionKey == key)));
    }

    [Fact]
    public async Task Draft_is_visible_only_to_its_author_until_published()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var title = "Une ludothèque itinérante " + Guid.NewGuid().ToString("N")[..6];
        var created = await resident.SubmitAsync("/propositions/nouvelle?ctg=alpes-d-azur",
            await FormAsync(factory, title, "Une ludothèque qui passe dans chaque village."));
        var id = IdIn(created.Location!);
        using var anonymous = factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/propositions/{id}")).Status);
        Assert.Contains(title, (await resident.GetAsync($"/propositions/{id}/apercu")).Html);
        Assert.DoesNotContain(title, (await anonymous.GetAsync("/propositions")).Html);

        await resident.SubmitAsync($"/propositions/{id}/apercu", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/propositions/{id}")).Status);
    }

    [Fact]
    public async Task Unknown_query_values_fall_back_to_the_default_list()
    {
        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetAsync("/propositions?ctg=%3Cscript%3E&axe=nope&statut=x&tri=drop&taille=100000&apres=abc");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("<script>", page.Html);
    }

    [Fact]
    public async Task Coordinator_enters_a_proposal_for_a_resident_without_account_marked_as_assisted()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var form = await FormAsync(factory, "Des permanences CAF au village", "Des permanences pour les démarches, recueillies en réunion publique.");
        form["Input.Assisted"] = "true";
        form["Input.AssistedAuthorName"] = "Marcel D.";

        var created = await coordinator.SubmitAsync("/propositions/nouvelle?ctg=alpes-d-azur", form);
        Assert.True(created.IsRedirect, created.ErrorText);
        var id = IdIn(created.Location!);
        await coordinator.SubmitAsync($"/propositions/{id}/apercu", new Dictionary<string, string>());

        using var anonymous = factory.CreatePortalClient();
        var page = WebUtility.HtmlDecode((await anonymous.GetAsync($"/propositions/{id}")).Html);
        Assert.Contains("Marcel D.", page);
        Assert.Contains("saisie accompagnée", page);
        var stored = await QueryAsync(factory, db => db.Proposals.Where(p => p.Id == id).Select(p => new { p.AuthorId, p.IsAssisted }).FirstAsync());
        Assert.Null(stored.AuthorId);
        Assert.True(stored.IsAssisted);
    }

    [Fact]
    public async Task Resident_cannot_use_assisted_entry()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var key = Guid.NewGuid();
        var form = await FormAsync(factory, "Une saisie accompagnée usurpée", "Un habitant ne peut pas saisir pour un autre.", key);
        form["Input.Assisted"] = "true";
        form["Input.AssistedAuthorName"] = "Quelqu'un";

        var refused = await resident.SubmitAsync("/propositions/nouvelle?ctg=alpes-d-azur", form);

        Assert.True(refused.IsRedirect && refused.Location!.Contains("/compte/acces-refuse"), $"{refused.Status} {refused.Location}");
        Assert.Equal(0, await QueryAsync(factory, db => db.Proposals.CountAsync(p => p.SubmissionKey == key)));
    }

    [Fact]
    public async Task Author_withdraws_with_a_reason_and_the_proposal_stops_taking_supports()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);

        var missing = await resident.SubmitAsync($"/propositions/{id}/retirer", new Dictionary<string, string> { ["Input.Reason"] = "" });
        Assert.StartsWith("Erreur : Expliquez en quelques mots", missing.FieldError("Input.Reason"));
        var withdrawn = await resident.SubmitAsync($"/propositions/{id}/retirer", new Dictionary<string, string> { ["Input.Reason"] = "Le projet existe déjà à Entraunes." });
        Assert.True(withdrawn.IsRedirect);

        var page = WebUtility.HtmlDecode((await resident.GetAsync($"/propositions/{id}")).Html);
        Assert.Contains("Motif : Le projet existe déjà à Entraunes.", page);
        Assert.DoesNotContain("Soutenir cette proposition", page);
        using var member = await SignedInAsync(factory, NetworkMember);
        await member.PostAsync($"/propositions/{id}?handler=Soutenir", new Dictionary<string, string>(), (await member.GetAsync("/propositions")).AntiforgeryToken);
        Assert.Equal(0, await QueryAsync(factory, db => db.Supports.CountAsync(s => s.ProposalId == id)));
    }

    [Fact]
    public async Task Someone_else_cannot_edit_or_withdraw_a_proposal()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        using var member = await SignedInAsync(factory, NetworkMember);

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/propositions/{id}/modifier")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/propositions/{id}/retirer")).Status);
    }
}
