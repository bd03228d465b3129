using System.Net;
using Ctg.Participation.Data;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Coordination;

public sealed class BackOfficeAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static bool IsRefused(PortalClient.Page page) =>
        page.Status == HttpStatusCode.Forbidden || (page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"));

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetAsync("/coordination");
        Assert.True(page.IsRedirect);
        Assert.Contains("/compte/connexion", page.Location);
    }

    [Fact]
    public async Task A_resident_is_refused_the_back_office()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("habitant@ctg-demo.test");

        Assert.True(IsRefused(await client.GetAsync("/coordination")));
        Assert.True(IsRefused(await client.GetAsync("/coordination/alpes-d-azur")));
        var denied = await client.GetAsync("/compte/acces-refuse");
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.Contains("Accès refusé", denied.Html);
    }

    [Fact]
    public async Task A_coordinator_opens_their_own_conventions_back_office_but_is_refused_another_one()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");

        var home = await client.GetAsync("/coordination");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("/coordination/alpes-d-azur", home.Html);
        Assert.DoesNotContain("/coordination/pays-de-grasse", home.Html);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/coordination/alpes-d-azur")).Status);
        Assert.True(IsRefused(await client.GetAsync("/coordination/pays-de-grasse")));
        Assert.True(IsRefused(await client.GetAsync("/coordination/ctg-inconnue")));
    }

    [Fact]
    public async Task A_coordinator_cannot_change_another_conventions_networks_even_with_a_forged_post()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");
        var ownPage = await client.GetAsync("/coordination/alpes-d-azur/membres");
        int grasseNetworkId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            grasseNetworkId = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ThematicNetworks
                .Where(n => n.Convention!.Slug == "pays-de-grasse").Select(n => n.Id).FirstAsync();
        }

        var forged = await client.PostAsync("/coordination/pays-de-grasse/membres?handler=Ajouter", new Dictionary<string, string>
        {
            ["kind"] = "Network", ["teamId"] = grasseNetworkId.ToString(), ["email"] = "habitant@ctg-demo.test",
        }, ownPage.AntiforgeryToken);
        Assert.True(IsRefused(forged));

        // Through its own CTG's URL, a network of another CTG is refused too.
        var crossed = await client.PostAsync("/coordination/alpes-d-azur/membres?handler=Ajouter", new Dictionary<string, string>
        {
            ["kind"] = "Network", ["teamId"] = grasseNetworkId.ToString(), ["email"] = "habitant@ctg-demo.test",
        }, ownPage.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.OK, crossed.Status);
        Assert.Contains("n'appartient pas à cette CTG", System.Net.WebUtility.HtmlDecode(crossed.Html));

        await using var check = factory.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<PortalDbContext>().NetworkMemberships
            .AnyAsync(m => m.ThematicNetworkId == grasseNetworkId));
    }

    [Fact]
    public async Task A_coordinator_adds_and_removes_a_network_member_of_their_convention()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");
        int networkId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            networkId = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ThematicNetworks
                .Where(n => n.Convention!.Slug == "alpes-d-azur").OrderByDescending(n => n.Id).Select(n => n.Id).FirstAsync();
        }

        var added = await client.SubmitAsync("/coordination/alpes-d-azur/membres?handler=Ajouter", new Dictionary<string, string>
        {
            ["kind"] = "Network", ["teamId"] = networkId.ToString(), ["email"] = "habitant@ctg-demo.test",
        });
        Assert.True(added.IsRedirect, added.ErrorText);
        var page = await client.GetAsync("/coordination/alpes-d-azur/membres");
        Assert.Contains("Camille R.", page.Html);

        var unknown = await client.SubmitAsync("/coordination/alpes-d-azur/membres?handler=Ajouter", new Dictionary<string, string>
        {
            ["kind"] = "Network", ["teamId"] = networkId.ToString(), ["email"] = "personne@exemple.test",
        });
        Assert.Contains("Aucun compte n'existe", System.Net.WebUtility.HtmlDecode(unknown.Html));

        string userId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            userId = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.Email == "habitant@ctg-demo.test").Select(u => u.Id).FirstAsync();
        }
        var removed = await client.SubmitAsync("/coordination/alpes-d-azur/membres?handler=Retirer", new Dictionary<string, string>
        {
            ["kind"] = "Network", ["teamId"] = networkId.ToString(), ["userId"] = userId,
        });
        Assert.True(removed.IsRedirect);
        await using var check = factory.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<PortalDbContext>().NetworkMemberships.AnyAsync(m => m.ThematicNetworkId == networkId && m.UserId == userId));
    }

    [Fact]
    public async Task A_form_posted_to_the_old_members_address_is_passed_on_to_the_members_page()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");
        var home = await client.GetAsync("/coordination/alpes-d-azur");
        var forwarded = await client.PostAsync("/coordination/alpes-d-azur?handler=Ajouter", new Dictionary<string, string> { ["kind"] = "Network" }, home.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, forwarded.Status);
        Assert.Equal("/coordination/alpes-d-azur/membres?handler=Ajouter", forwarded.Location);
    }

    [Fact]
    public async Task The_back_office_home_lists_the_work_waiting_each_with_a_count_and_a_link()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");
        var home = System.Net.WebUtility.HtmlDecode((await client.GetAsync("/coordination/alpes-d-azur")).Html);
        Assert.Contains("href=\"/coordination/alpes-d-azur/orientation\"", home);
        Assert.Matches("contributions? à orienter", home);
        Assert.Matches("signalements? à modérer", home);
        Assert.Matches("alertes? au Copil ouvertes?", home);
        Assert.Contains("avant le bilan annuel", home);
        Assert.Contains("Réunion publique : parents, parlons-en", home);
        Assert.Contains("href=\"/coordination/alpes-d-azur/membres\"", home);
    }

    [Fact]
    public async Task A_caf_advisor_reads_every_convention_but_changes_none()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("conseiller.caf@ctg-demo.test");

        var home = await client.GetAsync("/coordination");
        Assert.Contains("/coordination/alpes-d-azur", home.Html);
        Assert.Contains("/coordination/pays-de-grasse", home.Html);
        var page = await client.GetAsync("/coordination/pays-de-grasse");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("lecture seule", page.Html);

        var attempt = await client.PostAsync("/coordination/pays-de-grasse/membres?handler=Ajouter", new Dictionary<string, string>
        {
            ["kind"] = "Network", ["teamId"] = "1", ["email"] = "habitant@ctg-demo.test",
        }, page.AntiforgeryToken);
        Assert.True(IsRefused(attempt));
    }

    [Fact]
    public async Task Only_administrators_open_the_administration_page()
    {
        using var coordinator = factory.CreatePortalClient();
        await coordinator.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");
        Assert.True(IsRefused(await coordinator.GetAsync("/coordination/administration")));

        using var admin = factory.CreatePortalClient();
        await admin.SignInAsync("admin@ctg-demo.test");
        var page = await admin.GetAsync("/coordination/administration");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("coordination.alpes-d-azur@ctg-demo.test", page.Html);
    }
}
