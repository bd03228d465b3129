using Ctg.Participation.Proposals;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Propositions;

public sealed class StatusRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<ProposalStatus> StatusOf(int id) => QueryAsync(factory, db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).FirstAsync());

    private static Dictionary<string, string> Answer(string status, string text = "") => new() { ["Answer.Status"] = status, ["Answer.Text"] = text };

    [Fact]
    public async Task Resident_cannot_change_a_status()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);

        var result = await resident.SubmitAsync($"/propositions/{id}", Answer("a-l-etude"), handler: "Statut");

        Assert.True(result.IsRedirect && result.Location!.Contains("/compte/acces-refuse"), $"Expected access denied, got {result.Status} {result.Location}");
        Assert.Equal(ProposalStatus.Deposee, await StatusOf(id));
        Assert.DoesNotContain("Changer le statut", (await resident.GetAsync($"/propositions/{id}")).Html);
    }

    [Fact]
    public async Task Coordinator_of_another_ctg_cannot_change_the_status()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        using var other = await SignedInAsync(factory, OtherCoordinator);

        var result = await other.SubmitAsync($"/propositions/{id}", Answer("a-l-etude"), handler: "Statut");

        Assert.True(result.IsRedirect && result.Location!.Contains("/compte/acces-refuse"), $"Expected access denied, got {result.Status} {result.Location}");
        Assert.Equal(ProposalStatus.Deposee, await StatusOf(id));
    }

    [Fact]
    public async Task Not_kept_without_an_answer_is_refused_beside_the_answer_field()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        Assert.True((await coordinator.SubmitAsync($"/propositions/{id}", Answer("a-l-etude"), handler: "Statut")).IsRedirect);

        var refused = await coordinator.SubmitAsync($"/propositions/{id}", Answer("non-retenue", "  "), handler: "Statut");

        Assert.Equal(System.Net.HttpStatusCode.OK, refused.Status);
        Assert.Contains("obligatoire pour « Retenue » et « Non retenue »", refused.FieldError("Answer.Text"));
        Assert.Equal(ProposalStatus.AEtude, await StatusOf(id));
    }

    [Fact]
    public async Task Coordinator_answers_and_the_history_shows_who_and_the_author_is_notified()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        Assert.True((await coordinator.SubmitAsync($"/propositions/{id}", Answer("a-l-etude"), handler: "Statut")).IsRedirect);

        var answered = await coordinator.SubmitAsync($"/propositions/{id}", Answer("non-retenue", "Le relais petite enfance ouvre déjà le samedi."), handler: "Statut");

        Assert.True(answered.IsRedirect, answered.ErrorText);
        Assert.Equal(ProposalStatus.NonRetenue, await StatusOf(id));
        var page = System.Net.WebUtility.HtmlDecode((await resident.GetAsync($"/propositions/{id}")).Html);
        Assert.Contains("Le relais petite enfance ouvre déjà le samedi.", page);
        Assert.Contains("Non retenue le", page);
        Assert.Contains("par Charlotte A. (CTG Alpes d'Azur)", page);
        var notifications = System.Net.WebUtility.HtmlDecode((await resident.GetAsync("/compte/notifications")).Html);
        Assert.Contains("est maintenant : Non retenue", notifications);
    }

    [Fact]
    public async Task Skipping_a_step_of_the_workflow_is_refused()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident);
        using var coordinator = await SignedInAsync(factory, Coordinator);

        var refused = await coordinator.SubmitAsync($"/propositions/{id}", Answer("realisee"), handler: "Statut");

        Assert.Equal("Erreur : Ce statut ne peut pas suivre le statut actuel.", refused.FieldError("Answer.Status"));
        Assert.Equal(ProposalStatus.Deposee, await StatusOf(id));
    }
}
