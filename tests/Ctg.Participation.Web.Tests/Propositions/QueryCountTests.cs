using System.Net;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Propositions;

/// <summary>
/// What the public proposal pages cost the database when the page cache does not answer (first visit, signed-in
/// people): a fixed, small number of commands, whatever the number of proposals. The count is of a second visit, once
/// the filter options are in memory (ProposalFilterCatalogue): the list then costs its count and its page.
/// </summary>
public sealed class QueryCountTests(QueryCountingPortal factory) : IClassFixture<QueryCountingPortal>
{
    private async Task<IReadOnlyList<string>> WarmCommandsAsync(PortalClient client, string url)
    {
        // Two visits fill the memory: a reading of the filter options that a write raced is not kept (TerritoryCatalogue
        // keeps only a reading no write raced); seen once, the list's second visit read the options again.
        for (var visit = 0; visit < 2; visit++)
        {
            var warming = await factory.CommandsOfAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, warming.Status);
        }
        var measured = await factory.CommandsOfAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, measured.Status);
        Assert.NotEmpty(measured.Commands);
        return measured.Commands;
    }

    [Fact]
    public async Task An_anonymous_proposal_page_costs_at_most_5_queries()
    {
        using var author = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, author);
        using var anonymous = factory.CreatePortalClient();

        var commands = await WarmCommandsAsync(anonymous, $"/propositions/{id}");

        Assert.True(commands.Count <= 5, $"{commands.Count} queries:\n" + string.Join("\n---\n", commands));
    }

    [Fact]
    public async Task A_signed_in_readers_proposal_page_costs_at_most_10_queries()
    {
        using var author = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, author);
        using var reader = await SignedInAsync(factory, NetworkMember);

        var commands = await WarmCommandsAsync(reader, $"/propositions/{id}");

        // The anonymous page's 5, plus: the session check, the staff two-factor setting (authorization), whether the
        // reader supports and follows it (one query), the unread notifications of the header.
        Assert.True(commands.Count <= 10, $"{commands.Count} queries:\n" + string.Join("\n---\n", commands));
    }

    [Theory]
    [InlineData("/propositions")]
    [InlineData("/propositions?ctg=alpes-d-azur&axe=parentalite&statut=a-l-etude")]
    [InlineData("/propositions?ctg=alpes-d-azur&q=creche&tri=plus-soutenues")]
    public async Task The_anonymous_list_costs_2_queries_its_count_and_its_page(string url)
    {
        using var anonymous = factory.CreatePortalClient();

        var commands = await WarmCommandsAsync(anonymous, url);

        Assert.True(commands.Count <= 2, $"{commands.Count} queries:\n" + string.Join("\n---\n", commands));
    }
}
