using Ctg.Participation.Testing;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.PlanActions;

public sealed class PlanPublicPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_public_ctg_page_shows_each_actions_status_progress_and_public_notes_but_never_internal_ones()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var title = "Lieu d'accueil enfants-parents " + Guid.NewGuid().ToString("N")[..6];
        var number = await CreateFicheAsync(factory, coordinator, title, status: "Blocked");
        var publicNote = "Une salle est trouvée à Puget-Théniers " + Guid.NewGuid().ToString("N")[..6];
        var internalNote = "Conflit entre deux élus sur le budget " + Guid.NewGuid().ToString("N")[..6];
        foreach (var (text, isPublic) in new[] { (publicNote, "true"), (internalNote, "false") })
        {
            var added = await coordinator.SubmitAsync($"{Plan}/{number}", new Dictionary<string, string> { ["Note.Text"] = text, ["Note.IsPublic"] = isPublic, ["Note.Date"] = "2026-02-01" }, handler: "Note");
            Assert.True(added.IsRedirect, added.ErrorText);
        }
        Assert.Contains(internalNote, PageText(await coordinator.GetAsync($"{Plan}/{number}")));

        using var visitor = factory.CreatePortalClient();
        var page = PageText(await visitor.GetAsync("/ctg/alpes-d-azur"));

        Assert.Contains($"Action n° {number} : {title}", page);
        Assert.Contains("Statut : Bloquée · Avancement : 30 %", System.Text.RegularExpressions.Regex.Replace(page, @"\s+", " "));
        Assert.Contains(publicNote, page);
        Assert.DoesNotContain(internalNote, page);
        // The demo plan's internal note stays hidden too, while its public one shows.
        Assert.Contains("Le recrutement des animateurs a pris du retard.", page);
        Assert.DoesNotContain("Désaccord entre deux communes", page);
    }
}
