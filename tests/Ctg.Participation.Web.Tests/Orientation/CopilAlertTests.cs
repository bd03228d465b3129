using System.Net;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Initiatives.InitiativeScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Orientation;

public sealed class CopilAlertTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Alerts = "/coordination/alpes-d-azur/orientation/alertes";

    [Fact]
    public async Task Coordinator_raises_an_alert_on_a_routed_item_and_closes_it_with_the_copil_decision()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var id = await DeclaredAndValidatedAsync(factory, resident, coordinator);
        var group = await GroupIdAsync(factory, "alpes-d-azur", "groupe-de-travail-parentalite");
        Assert.True((await RouteAsync(coordinator, [$"initiative-{id}"], [group])).IsRedirect);
        var subject = "Pas de salle " + Guid.NewGuid().ToString("N")[..6];

        var empty = await coordinator.SubmitAsync($"{Alerts}?element=initiative-{id}", new Dictionary<string, string> { ["Input.Item"] = $"initiative-{id}", ["Input.Subject"] = subject, ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Expliquez ce qui bloque", empty.FieldError("Input.Reason"));

        var raised = await coordinator.SubmitAsync($"{Alerts}?element=initiative-{id}", new Dictionary<string, string>
        {
            ["Input.Item"] = $"initiative-{id}", ["Input.Subject"] = subject, ["Input.Reason"] = "Aucune salle proposée depuis deux mois.",
        });
        Assert.True(raised.IsRedirect, raised.ErrorText);
        var alertId = await QueryAsync(factory, db => db.CopilAlerts.Where(a => a.Subject == subject).Select(a => a.Id).SingleAsync());
        Assert.Contains(subject + " — ouverte", WebUtility.HtmlDecode((await coordinator.GetAsync(Alerts)).Html));

        var closed = await coordinator.SubmitAsync(Alerts, new Dictionary<string, string> { ["alertId"] = alertId.ToString(), ["resolution"] = "Le Copil demande à la commune une salle municipale." }, handler: "Clore");
        Assert.True(closed.IsRedirect, closed.ErrorText);
        Assert.Contains(subject + " — close", WebUtility.HtmlDecode((await coordinator.GetAsync(Alerts)).Html));
    }

    [Fact]
    public async Task Coordinator_of_another_ctg_cannot_raise_an_alert_here()
    {
        using var other = await SignedInAsync(factory, OtherCoordinator);
        var before = await QueryAsync(factory, db => db.CopilAlerts.CountAsync());

        var page = await other.GetAsync(Alerts);

        Assert.True(page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"), $"{page.Status} {page.Location}");
        var token = (await other.GetAsync("/coordination/pays-de-grasse/orientation/alertes")).AntiforgeryToken;
        var posted = await other.PostAsync(Alerts, new Dictionary<string, string> { ["Input.Subject"] = "Alerte forgée", ["Input.Reason"] = "Une alerte qui ne devrait pas exister." }, token);
        Assert.True(posted.IsRedirect && posted.Location!.Contains("/compte/acces-refuse"), $"{posted.Status} {posted.Location}");
        Assert.Equal(before, await QueryAsync(factory, db => db.CopilAlerts.CountAsync()));
    }
}
