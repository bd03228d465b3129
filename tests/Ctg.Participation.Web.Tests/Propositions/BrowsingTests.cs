using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Propositions;

public sealed partial class BrowsingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task PublishManyAsync(string prefix, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var submission = scope.ServiceProvider.GetRequiredService<ProposalSubmission>();
        var userId = await db.Users.Where(u => u.Email == Resident).Select(u => u.Id).FirstAsync();
        var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).FirstAsync();
        var commune = await db.Municipalities.Where(m => m.InseeCode == "06071").Select(m => m.Id).FirstAsync();
        var axis = await db.Axes.Where(a => a.ConventionId == convention && a.Slug == "enfance-jeunesse").Select(a => a.Id).FirstAsync();
        for (var i = 1; i <= count; i++)
        {
            var outcome = await submission.CreateDraftAsync(userId, new ProposalSubmission.Draft($"{prefix} numéro {i:00}",
                "<p>Une idée parmi d'autres pour le territoire.</p>", convention, [commune], [axis], Guid.NewGuid()), false, null);
            await submission.PublishAsync(outcome.ProposalId!.Value, userId);
        }
    }

    [Fact]
    public async Task Keyset_pages_walk_the_whole_filtered_list_without_repeating_a_proposal()
    {
        var prefix = "Terrain multisport " + Guid.NewGuid().ToString("N")[..6];
        await PublishManyAsync(prefix, 12);
        using var anonymous = factory.CreatePortalClient();

        var first = await anonymous.GetAsync($"/propositions?q={Uri.EscapeDataString(prefix)}&taille=10&commune=06071");
        var firstTitles = Titles(first.Html, prefix);
        Assert.Equal(10, firstTitles.Count);
        Assert.Equal($"{prefix} numéro 12", firstTitles[0]);
        var next = NextLink().Match(first.Html);
        Assert.True(next.Success, "No next-page link");

        var second = await anonymous.GetAsync(WebUtility.HtmlDecode(next.Groups[1].Value));
        var secondTitles = Titles(second.Html, prefix);
        Assert.Equal([$"{prefix} numéro 02", $"{prefix} numéro 01"], secondTitles);
        Assert.DoesNotMatch(NextLink(), second.Html);
        Assert.Contains("12 propositions", second.Html);
    }

    [Fact]
    public async Task Most_supported_sort_puts_the_supported_proposal_first()
    {
        var prefix = "Skatepark " + Guid.NewGuid().ToString("N")[..6];
        await PublishManyAsync(prefix, 3);
        var target = await QueryAsync(factory, db => db.Proposals.Where(p => p.Title == $"{prefix} numéro 01").Select(p => p.Id).FirstAsync());
        using var member = await SignedInAsync(factory, NetworkMember);
        await member.SubmitAsync($"/propositions/{target}", new Dictionary<string, string>(), handler: "Soutenir");

        var page = await member.GetAsync($"/propositions?q={Uri.EscapeDataString(prefix)}&tri=plus-soutenues");

        Assert.Equal($"{prefix} numéro 01", Titles(page.Html, prefix)[0]);
    }

    [Fact]
    public async Task Text_search_finds_a_creche_typed_without_accent_or_in_the_plural_and_not_other_words()
    {
        var tag = "qz" + Guid.NewGuid().ToString("N")[..6];
        await PublishManyAsync($"Crèche parentale {tag}", 1);
        await PublishManyAsync($"Ludothèque itinérante {tag}", 1);
        using var anonymous = factory.CreatePortalClient();

        foreach (var typed in new[] { $"creche {tag}", $"Crèches {tag}", $"CRÈCHE parentale {tag}" })
        {
            var page = await anonymous.GetAsync($"/propositions?q={Uri.EscapeDataString(typed)}");
            Assert.Equal([$"Crèche parentale {tag} numéro 01"], Titles(page.Html, "Crèche parentale " + tag));
            Assert.Empty(Titles(page.Html, "Ludothèque itinérante " + tag));
        }
        var both = await anonymous.GetAsync($"/propositions?q={tag}");
        Assert.Single(Titles(both.Html, "Ludothèque itinérante " + tag));
        Assert.Single(Titles(both.Html, "Crèche parentale " + tag));
    }

    private static List<string> Titles(string html, string prefix) =>
        Regex.Matches(WebUtility.HtmlDecode(html), $@"<h3><a href=""/propositions/\d+"">({Regex.Escape(prefix)}[^<]*)</a></h3>").Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"<a href=""([^""]+)"" rel=""next"">")]
    private static partial Regex NextLink();
}
