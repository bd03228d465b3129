using System.Net;
using Ctg.Participation.Routing;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Initiatives.InitiativeScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Orientation;

public sealed class RoutingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> RoutingCountAsync() => QueryAsync(factory, db => db.Routings.CountAsync());

    [Fact]
    public async Task Routing_to_a_working_group_of_another_ctg_is_refused()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var id = await DeclaredAndValidatedAsync(factory, resident, coordinator);
        var foreignGroup = await GroupIdAsync(factory, "pays-de-grasse");
        var before = await RoutingCountAsync();

        var page = await RouteAsync(coordinator, [$"initiative-{id}"], [foreignGroup]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Choisissez des groupes de travail de cette CTG.", page.FieldError("Input.WorkingGroupIds"));
        Assert.Equal(before, await RoutingCountAsync());
    }

    [Fact]
    public async Task A_resident_cannot_route()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var id = await DeclaredAndValidatedAsync(factory, resident, coordinator);
        var group = await GroupIdAsync(factory, "alpes-d-azur", "groupe-de-travail-parentalite");
        var before = await RoutingCountAsync();

        var page = await RouteAsync(resident, [$"initiative-{id}"], [group], tokenPage: "/initiatives/nouvelle");

        Assert.True(page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"), $"Expected access denied, got {page.Status} {page.Location}");
        Assert.Equal(before, await RoutingCountAsync());
    }

    [Fact]
    public async Task Routing_several_items_where_one_is_invalid_stores_nothing_and_names_the_failing_item()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var first = await DeclaredAndValidatedAsync(factory, resident, coordinator);
        var proposal = await PublishAsync(factory, resident);
        // Still awaiting review: not a published contribution, so it cannot be routed.
        var unvalidatedName = "Initiative non validée " + Guid.NewGuid().ToString("N")[..6];
        var unvalidated = await DeclareAsync(factory, resident, unvalidatedName);
        var group = await GroupIdAsync(factory, "alpes-d-azur", "groupe-de-travail-parentalite");
        var before = await RoutingCountAsync();

        var page = await RouteAsync(coordinator, [$"initiative-{first}", $"proposition-{proposal}", $"initiative-{unvalidated}"], [group]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var error = page.FieldError("Input.Items");
        Assert.NotNull(error);
        Assert.Contains($"Initiative n° {unvalidated}", error);
        Assert.Contains("n'est pas une contribution publiée de cette CTG", error);
        Assert.Contains("Rien n'a été orienté", error);
        Assert.Equal(before, await RoutingCountAsync());

        var routed = await RouteAsync(coordinator, [$"initiative-{first}", $"proposition-{proposal}"], [group]);
        Assert.True(routed.IsRedirect, routed.ErrorText);
        Assert.Equal(before + 2, await RoutingCountAsync());
        Assert.Contains("Orientée vers le groupe de travail Parentalité", WebUtility.HtmlDecode((await resident.GetAsync($"/propositions/{proposal}")).Html));

        var again = await RouteAsync(coordinator, [$"proposition-{proposal}"], [group]);
        Assert.Contains("déjà orienté", again.FieldError("Input.Items"));
    }

    [Fact]
    public async Task History_records_who_did_what_and_when_and_the_contributor_sees_the_answer()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var member = await SignedInAsync(factory, NetworkMember);
        var id = await DeclaredAndValidatedAsync(factory, resident, coordinator);
        var group = await GroupIdAsync(factory, "alpes-d-azur", "groupe-de-travail-parentalite");
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        Assert.True((await RouteAsync(coordinator, [$"initiative-{id}"], [group], "À étudier pour le prochain appel à projets.")).IsRedirect);
        Assert.Contains("Orientée vers le groupe de travail Parentalité", WebUtility.HtmlDecode((await resident.GetAsync($"/initiatives/{id}")).Html));

        var routingId = await QueryAsync(factory, db => db.Routings.Where(r => r.ContributionKind == ContributionKind.Initiative && r.ContributionId == id).Select(r => r.Id).FirstAsync());
        Assert.Contains("Nouvel élément orienté vers « Groupe de travail Parentalité »", WebUtility.HtmlDecode((await member.GetAsync("/compte/notifications")).Html));
        var groupPage = await member.GetAsync(ParentingGroup);
        Assert.Equal(HttpStatusCode.OK, groupPage.Status);
        var emptyAnswer = await member.SubmitAsync(ParentingGroup, new Dictionary<string, string> { ["Input.RoutingId"] = routingId.ToString(), ["Input.Step"] = "repondre", ["Input.Text"] = "" });
        Assert.Contains("Rédigez la réponse du groupe", emptyAnswer.FieldError($"texte-{routingId}"));

        Assert.True((await member.SubmitAsync(ParentingGroup, new Dictionary<string, string> { ["Input.RoutingId"] = routingId.ToString(), ["Input.Step"] = "prendre-en-compte" })).IsRedirect);
        const string answer = "Le groupe propose une salle à la maison des familles.";
        Assert.True((await member.SubmitAsync(ParentingGroup, new Dictionary<string, string> { ["Input.RoutingId"] = routingId.ToString(), ["Input.Step"] = "repondre", ["Input.Text"] = answer })).IsRedirect);

        var history = await QueryAsync(factory, db => db.RoutingEvents.Where(e => e.RoutingId == routingId).OrderBy(e => e.Id)
            .Select(e => new { e.Step, Actor = e.Actor!.Email, e.At, e.Text }).ToListAsync());
        Assert.Equal([RoutingStep.Routed, RoutingStep.Acknowledged, RoutingStep.Answered], history.Select(h => h.Step));
        Assert.Equal([Coordinator, NetworkMember, NetworkMember], history.Select(h => h.Actor));
        Assert.All(history, h => Assert.InRange(h.At, started, DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.Equal(answer, history[^1].Text);

        var publicPage = await resident.GetAsync($"/initiatives/{id}");
        Assert.Contains("Réponse du groupe de travail Parentalité", WebUtility.HtmlDecode(publicPage.Html));
        Assert.Contains(answer, WebUtility.HtmlDecode(publicPage.Html));
    }

    [Fact]
    public async Task A_resident_cannot_open_a_working_group_page()
    {
        using var resident = await SignedInAsync(factory, Resident);

        var page = await resident.GetAsync(ParentingGroup);

        Assert.True(page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"), $"Expected access denied, got {page.Status} {page.Location}");
    }

    [Fact]
    public async Task A_handed_back_item_returns_to_the_desk_as_new_and_the_contributor_does_not_see_the_hand_back()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var member = await SignedInAsync(factory, NetworkMember);
        var name = "Ludothèque itinérante " + Guid.NewGuid().ToString("N")[..6];
        var id = await DeclaredAndValidatedAsync(factory, resident, coordinator, name);
        var group = await GroupIdAsync(factory, "alpes-d-azur", "groupe-de-travail-parentalite");
        Assert.True((await RouteAsync(coordinator, [$"initiative-{id}"], [group])).IsRedirect);
        Assert.DoesNotContain(name, WebUtility.HtmlDecode((await coordinator.GetAsync(Desk)).Html));
        var routingId = await QueryAsync(factory, db => db.Routings.Where(r => r.ContributionKind == ContributionKind.Initiative && r.ContributionId == id).Select(r => r.Id).FirstAsync());

        var handedBack = await member.SubmitAsync(ParentingGroup, new Dictionary<string, string>
        {
            ["Input.RoutingId"] = routingId.ToString(), ["Input.Step"] = "rendre", ["Input.Text"] = "Relève plutôt du groupe enfance-jeunesse.",
        });

        Assert.True(handedBack.IsRedirect, handedBack.ErrorText);
        Assert.Contains(name, WebUtility.HtmlDecode((await coordinator.GetAsync(Desk)).Html));
        Assert.DoesNotContain("Orientée vers", WebUtility.HtmlDecode((await resident.GetAsync($"/initiatives/{id}")).Html));
        Assert.True((await RouteAsync(coordinator, [$"initiative-{id}"], [group])).IsRedirect);
    }

    [Fact]
    public async Task A_member_finds_the_group_and_its_waiting_items_from_mes_groupes()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var member = await SignedInAsync(factory, NetworkMember);
        var id = await DeclaredAndValidatedAsync(factory, resident, coordinator);
        var group = await GroupIdAsync(factory, "alpes-d-azur", "groupe-de-travail-parentalite");
        Assert.True((await RouteAsync(coordinator, [$"initiative-{id}"], [group])).IsRedirect);
        var waiting = await QueryAsync(factory, db => db.Routings.CountAsync(r => r.WorkingGroupId == group && (r.Status == RoutingStatus.Routed || r.Status == RoutingStatus.Acknowledged)));

        var page = await member.GetAsync("/groupes");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var html = WebUtility.HtmlDecode(page.Html);
        Assert.Contains($"href=\"{ParentingGroup}\"", html);
        Assert.Contains(waiting == 1 ? "1 élément en attente" : $"{waiting} éléments en attente", html);
        Assert.Contains("href=\"/groupes\"", WebUtility.HtmlDecode((await member.GetAsync("/")).Html));
    }

    [Fact]
    public async Task The_desk_filters_by_how_long_items_have_been_waiting()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var name = "Jardin partagé " + Guid.NewGuid().ToString("N")[..6];
        await DeclaredAndValidatedAsync(factory, resident, coordinator, name);

        var fresh = WebUtility.HtmlDecode((await coordinator.GetAsync(Desk + "?attente=moins-7-jours")).Html);
        var old = WebUtility.HtmlDecode((await coordinator.GetAsync(Desk + "?attente=plus-30-jours")).Html);

        Assert.Contains(name, fresh);
        Assert.DoesNotContain(name, old);
    }
}
