using Ctg.Participation.Testing;
using static Ctg.Participation.Web.Tests.Indicateurs.IndicatorPages;
using static Ctg.Participation.Web.Tests.Initiatives.InitiativeScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Indicateurs;

public sealed class IndicatorFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CtgIndicators = "/coordination/alpes-d-azur/indicateurs";

    [Fact]
    public async Task An_initiative_validated_routed_and_answered_through_the_pages_moves_the_ctg_indicators()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        using var member = await SignedInAsync(factory, NetworkMember);
        var before = await coordinator.GetAsync(CtgIndicators);
        var identified = Number(before, "initiatives-identifiees");
        var routed = Number(before, "initiatives-mises-en-relation");
        var projects = Number(before, "projets-mobilisant-habitants");
        var elsewhere = await coordinator.GetAsync("/coordination/alpes-d-azur/indicateurs?axe=petite-enfance");
        var identifiedElsewhere = Number(elsewhere, "initiatives-identifiees");

        var id = await DeclaredAndValidatedAsync(factory, resident, coordinator);
        var afterValidation = await coordinator.GetAsync(CtgIndicators);
        Assert.Equal(identified + 1, Number(afterValidation, "initiatives-identifiees"));
        Assert.Equal(routed, Number(afterValidation, "initiatives-mises-en-relation"));

        var group = await GroupIdAsync(factory, "alpes-d-azur", "groupe-de-travail-parentalite");
        var routing = await RouteAsync(coordinator, [$"initiative-{id}"], [group], "Besoin d'une salle.");
        Assert.True(routing.IsRedirect, $"Routing failed: {routing.Status} {routing.ErrorText}");
        var afterRouting = await coordinator.GetAsync(CtgIndicators);
        Assert.Equal(routed + 1, Number(afterRouting, "initiatives-mises-en-relation"));
        Assert.Equal(projects, Number(afterRouting, "projets-mobilisant-habitants"));

        var routingId = await QueryAsync(factory, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Routings.Where(r => r.ContributionKind == Ctg.Participation.Routing.ContributionKind.Initiative && r.ContributionId == id).Select(r => r.Id)));
        var answered = await member.SubmitAsync(ParentingGroup, new Dictionary<string, string> { ["Input.RoutingId"] = routingId.ToString(), ["Input.Step"] = "repondre", ["Input.Text"] = "La salle est réservée le samedi." });
        Assert.True(answered.IsRedirect, $"Answer failed: {answered.Status} {answered.ErrorText}");
        var afterAnswer = await coordinator.GetAsync(CtgIndicators);
        Assert.Equal(projects + 1, Number(afterAnswer, "projets-mobilisant-habitants"));

        // The initiative is about parenting: the figures filtered on another axis did not move.
        var elsewhereAfter = await coordinator.GetAsync("/coordination/alpes-d-azur/indicateurs?axe=petite-enfance");
        Assert.Equal(identifiedElsewhere, Number(elsewhereAfter, "initiatives-identifiees"));
    }

    [Fact]
    public async Task A_copil_alert_raised_then_closed_through_the_pages_is_counted_in_both_indicators()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var before = await coordinator.GetAsync(CtgIndicators);
        var (raised, closed) = (Number(before, "alertes-copil-levees"), Number(before, "alertes-copil-closes"));

        var raise = await coordinator.SubmitAsync("/coordination/alpes-d-azur/orientation/alertes",
            new Dictionary<string, string> { ["Input.Subject"] = "Diagnostic en retard", ["Input.Reason"] = "Le prestataire n'a pas commencé." });
        Assert.True(raise.IsRedirect, $"Raising failed: {raise.Status} {raise.ErrorText}");
        Assert.Equal((raised + 1, closed), (Number(await coordinator.GetAsync(CtgIndicators), "alertes-copil-levees"), Number(await coordinator.GetAsync(CtgIndicators), "alertes-copil-closes")));

        var alertId = await QueryAsync(factory, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(db.CopilAlerts.Select(a => a.Id)));
        var close = await coordinator.SubmitAsync("/coordination/alpes-d-azur/orientation/alertes",
            new Dictionary<string, string> { ["alertId"] = alertId.ToString(), ["resolution"] = "Le Copil relance le prestataire." }, handler: "Clore");
        Assert.True(close.IsRedirect, $"Closing failed: {close.Status} {close.ErrorText}");
        Assert.Equal(closed + 1, Number(await coordinator.GetAsync(CtgIndicators), "alertes-copil-closes"));
    }
}
