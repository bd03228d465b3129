using System.Net;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.PlanActions;

public sealed class PlanPermissionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static bool IsRefused(PortalClient.Page page) =>
        page.Status == HttpStatusCode.Forbidden || (page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"));

    [Fact]
    public async Task A_coordinator_of_another_ctg_can_neither_read_nor_change_this_plan_even_with_forged_posts()
    {
        using var other = await SignedInAsync(factory, OtherCoordinator);
        var token = (await other.GetAsync("/coordination/pays-de-grasse/plan/fiche")).AntiforgeryToken;
        Assert.NotNull(token);
        var notes = await QueryAsync(factory, db => db.PlanActionNotes.CountAsync());

        Assert.True(IsRefused(await other.GetAsync(Plan)));
        Assert.True(IsRefused(await other.GetAsync($"{Plan}/1")));
        Assert.True(IsRefused(await other.GetAsync($"{Plan}/fiche")));
        Assert.True(IsRefused(await other.GetAsync($"{Plan}/import")));
        Assert.True(IsRefused(await other.PostAsync($"{Plan}/fiche", await FicheAsync(factory, 9_999, "Fiche forgée"), token)));
        Assert.True(IsRefused(await other.PostAsync($"{Plan}/1?handler=Note", new Dictionary<string, string> { ["Note.Text"] = "Note forgée par un autre" }, token)));

        Assert.False(await QueryAsync(factory, db => db.PlanActions.AnyAsync(a => a.Title == "Fiche forgée")));
        Assert.Equal(notes, await QueryAsync(factory, db => db.PlanActionNotes.CountAsync()));
    }

    [Fact]
    public async Task A_caf_advisor_reads_the_plan_but_cannot_change_it()
    {
        using var advisor = await SignedInAsync(factory, CafAdvisor);

        var list = await advisor.GetAsync(Plan);
        var fiche = await advisor.GetAsync($"{Plan}/3");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.DoesNotContain("Nouvelle fiche action", list.Html);
        Assert.Equal(HttpStatusCode.OK, fiche.Status);
        Assert.Contains("Lieu d'accueil enfants-parents à Puget-Théniers", PageText(fiche));
        Assert.DoesNotContain("Ajouter la note", fiche.Html);
        Assert.True(IsRefused(await advisor.GetAsync($"{Plan}/fiche/3")));
        var notes = await QueryAsync(factory, db => db.PlanActionNotes.CountAsync());
        Assert.True(IsRefused(await advisor.PostAsync($"{Plan}/3?handler=Note", new Dictionary<string, string> { ["Note.Text"] = "Note d'un conseiller" }, fiche.AntiforgeryToken)));
        Assert.Equal(notes, await QueryAsync(factory, db => db.PlanActionNotes.CountAsync()));
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetAsync(Plan);
        Assert.True(page.IsRedirect && page.Location!.Contains("/compte/connexion"));
    }
}
