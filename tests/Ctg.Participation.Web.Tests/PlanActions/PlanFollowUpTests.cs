using System.Net;
using Ctg.Participation.ActionPlan;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.PlanActions;

public sealed class PlanFollowUpTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Desk = "/coordination/alpes-d-azur";
    private const string Alerts = "/coordination/alpes-d-azur/orientation/alertes";

    [Fact]
    public async Task A_late_action_shows_on_the_desk_and_its_alert_reaches_the_copil_alert_list()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var title = "Accueil de loisirs " + Guid.NewGuid().ToString("N")[..6];
        var onTime = "Action à l'heure " + Guid.NewGuid().ToString("N")[..6];
        var number = await CreateFicheAsync(factory, coordinator, title, due: "2030-12-31");
        await CreateFicheAsync(factory, coordinator, onTime, due: "2030-12-31");
        Assert.DoesNotContain(title, PageText(await coordinator.GetAsync(Desk)));

        // Made late: its due date passes while it is still in progress.
        var fiche = await FicheAsync(factory, number, title, start: "2024-01-01", due: "2025-06-30");
        var saved = await coordinator.SubmitAsync($"{Plan}/fiche/{number}", fiche);
        Assert.True(saved.IsRedirect, saved.ErrorText);

        var desk = PageText(await coordinator.GetAsync(Desk));
        var section = desk[desk.IndexOf("Actions en retard ou bloquées", StringComparison.Ordinal)..];
        Assert.Contains($"Fiche n° {number} — {title}", section);
        Assert.Contains("échéance dépassée le 30 juin 2025", section);
        Assert.DoesNotContain(onTime, section);
        Assert.Contains($"{Alerts}?fiche={number}", (await coordinator.GetAsync(Desk)).Html);

        var subject = "Retard " + title;
        var raised = await coordinator.SubmitAsync($"{Alerts}?fiche={number}", new Dictionary<string, string>
        {
            ["Input.Fiche"] = number.ToString(), ["Input.Subject"] = subject, ["Input.Reason"] = "Le transport des enfants n'est pas financé.",
        });

        Assert.True(raised.IsRedirect, raised.ErrorText);
        var list = PageText(await coordinator.GetAsync(Alerts));
        Assert.Contains($"{subject} — ouverte", list);
        Assert.Contains($"fiche action n° {number} : {title}", list);
        var actionId = await QueryAsync(factory, db => db.PlanActions.Where(a => a.Number == number).Select(a => a.Id).SingleAsync());
        Assert.Equal(actionId, await QueryAsync(factory, db => db.CopilAlerts.Where(a => a.Subject == subject).Select(a => a.ActionId).SingleAsync()));
    }

    [Fact]
    public async Task A_blocked_action_shows_on_the_desk_but_a_done_late_one_does_not()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var blocked = "Action bloquée " + Guid.NewGuid().ToString("N")[..6];
        var done = "Action réalisée " + Guid.NewGuid().ToString("N")[..6];
        await CreateFicheAsync(factory, coordinator, blocked, status: "Blocked");
        var doneNumber = FreshNumber();
        Assert.True((await coordinator.SubmitAsync($"{Plan}/fiche", await FicheAsync(factory, doneNumber, done, status: "Done", progress: "100", start: "2024-01-01", due: "2024-06-30"))).IsRedirect);

        var desk = PageText(await coordinator.GetAsync(Desk));

        Assert.Contains(blocked, desk);
        Assert.DoesNotContain(done, desk);
    }

    [Fact]
    public async Task A_fiche_without_title_or_axis_with_its_due_date_before_its_start_and_progress_over_100_is_refused_beside_each_field()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var number = FreshNumber();
        var fiche = await FicheAsync(factory, number, "", start: "2026-05-01", due: "2026-04-01", progress: "150");
        fiche["Input.AxisId"] = "";

        var page = await coordinator.SubmitAsync($"{Plan}/fiche", fiche);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Saisissez l'intitulé de l'action", page.FieldError("Input.Title"));
        Assert.Contains("Choisissez l'axe de la CTG", page.FieldError("Input.AxisId"));
        Assert.Equal("Erreur : L'échéance ne peut pas précéder la date de début.", page.FieldError("Input.DueDate"));
        Assert.Contains("entre 0 et 100", page.FieldError("Input.Progress"));
        Assert.False(await QueryAsync(factory, db => db.PlanActions.AnyAsync(a => a.Number == number)));
    }

    [Fact]
    public async Task An_indicator_target_that_is_not_a_number_is_refused_and_a_measurement_is_dated()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var number = await CreateFicheAsync(factory, coordinator, "Fiche avec indicateur");
        var page = $"{Plan}/{number}";

        var refused = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Indicator.Label"] = "Familles accueillies", ["Indicator.Baseline"] = "10", ["Indicator.Target"] = "une centaine" }, handler: "Indicateur");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("La cible doit être un nombre.", refused.FieldError("Indicator.Target"));
        Assert.False(await QueryAsync(factory, db => db.PlanIndicators.AnyAsync(i => i.Action!.Number == number)));

        Assert.True((await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Indicator.Label"] = "Familles accueillies", ["Indicator.Baseline"] = "10", ["Indicator.Target"] = "120,5" }, handler: "Indicateur")).IsRedirect);
        var indicatorId = await QueryAsync(factory, db => db.PlanIndicators.Where(i => i.Action!.Number == number).Select(i => i.Id).SingleAsync());
        var measured = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["Measurement.IndicatorId"] = indicatorId.ToString(), ["Measurement.Date"] = "2026-03-31", ["Measurement.Value"] = "42" }, handler: "Mesure");
        Assert.True(measured.IsRedirect, measured.ErrorText);

        var text = PageText(await coordinator.GetAsync(page));
        Assert.Contains("Valeur de référence : 10 · Cible : 120,5", text);
        Assert.Contains("31 mars 2026", text);
    }
}

public sealed class PlanContributionLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_contribution_routed_to_a_working_group_is_linked_to_the_action_it_feeds()
    {
        using var resident = await SignedInAsync(factory, Resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var name = "Café des parents " + Guid.NewGuid().ToString("N")[..6];
        var id = await Initiatives.InitiativeScenario.DeclaredAndValidatedAsync(factory, resident, coordinator, name);
        var group = await QueryAsync(factory, db => db.WorkingGroups.Where(g => g.Convention!.Slug == "alpes-d-azur" && g.Slug == "groupe-de-travail-parentalite").Select(g => g.Id).SingleAsync());
        Assert.True((await Initiatives.InitiativeScenario.RouteAsync(coordinator, [$"initiative-{id}"], [group])).IsRedirect);
        var number = await CreateFicheAsync(factory, coordinator, "Fiche nourrie par les habitants");
        var routingId = await QueryAsync(factory, db => db.Routings.Where(r => r.ContributionId == id && r.ContributionKind == Ctg.Participation.Routing.ContributionKind.Initiative).Select(r => r.Id).SingleAsync());
        Assert.Contains(name, PageText(await coordinator.GetAsync($"{Plan}/{number}")));

        var linked = await coordinator.SubmitAsync($"{Plan}/{number}", new Dictionary<string, string> { ["RoutingId"] = routingId.ToString() }, handler: "Contribution");

        Assert.True(linked.IsRedirect, linked.ErrorText);
        var page = await coordinator.GetAsync($"{Plan}/{number}");
        Assert.Contains($"href=\"/initiatives/{id}\"", page.Html);
        Assert.True(await QueryAsync(factory, db => db.PlanActionRoutings.AnyAsync(l => l.RoutingId == routingId)));
    }
}
