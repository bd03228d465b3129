using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.PublicContent;

/// <summary>
/// Anonymous visits of the public pages come from the output cache, and every write that changes what a page shows
/// evicts it: the next anonymous visit reads the change. A cached copy answers with an Age header.
/// </summary>
public sealed class PublicPageCacheTests(PublicPageCacheTests.CachingPortal factory) : IClassFixture<PublicPageCacheTests.CachingPortal>
{
    public sealed class CachingPortal : PortalFactory
    {
        public CachingPortal() => Settings["OutputCache:Enabled"] = "true";
    }

    private static async Task<(HttpStatusCode Status, string Html, bool FromCache)> AnonymousAsync(PortalClient client, string url)
    {
        using var response = await client.Http.GetAsync(url);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Age is not null);
    }

    private static async Task<string> CachedAsync(PortalClient visitor, string url)
    {
        // The first visit stores the page. A write committed just before (the demo data at start-up, a job's first
        // run, the step before) evicts once more two seconds later, by design, so a copy may be dropped while the
        // machine is slow: a page that is cacheable is served from the cache within a few seconds of visits; one
        // that is not never is.
        await AnonymousAsync(visitor, url);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            var next = await AnonymousAsync(visitor, url);
            if (next.FromCache) return next.Html;
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"{url} was not served from the cache");
        return "";
    }

    /// <summary>The home's « Contributions en {année} » tile.</summary>
    private static int Contributions(string html) =>
        int.Parse(string.Concat(Regex.Match(WebUtility.HtmlDecode(html), "Contributions en \\d{4}</dt><dd>([^<]+)<").Groups[1].Value.Where(char.IsDigit)));

    private static string SupportCount(string html) => Regex.Match(html, "id=\"nombre-soutiens\">(\\d+)<").Groups[1].Value;

    [Fact]
    public async Task An_anonymous_visit_is_served_from_the_cache_and_a_signed_in_one_never()
    {
        using var visitor = factory.CreatePortalClient();
        foreach (var url in new[] { "/", "/propositions", "/propositions?ctg=alpes-d-azur", "/ctg/alpes-d-azur", "/annuaire", "/enquetes", "/initiatives", "/reseaux", "/indicateurs", "/donnees-ouvertes" })
        {
            await CachedAsync(visitor, url);
        }

        using var resident = await SignedInAsync(factory, Resident);
        await resident.GetAsync("/propositions");
        using var response = await resident.Http.GetAsync("/propositions");
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task A_support_a_comment_and_a_status_change_show_on_the_next_anonymous_visit_of_every_page_that_shows_them()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var title = "Cache " + Guid.NewGuid().ToString("N")[..8];
        var id = await PublishAsync(factory, resident, title);
        using var visitor = factory.CreatePortalClient();
        var detail = $"/propositions/{id}";
        const string list = "/propositions?ctg=alpes-d-azur&tri=plus-soutenues";
        Assert.Equal("0", SupportCount(await CachedAsync(visitor, detail)));
        Assert.Contains(title, await CachedAsync(visitor, list));
        await CachedAsync(visitor, "/");

        using var member = await SignedInAsync(factory, NetworkMember);
        await member.SubmitAsync(detail, new Dictionary<string, string>(), handler: "Soutenir");
        Assert.Equal("1", SupportCount((await AnonymousAsync(visitor, detail)).Html));
        Assert.Matches(Regex.Escape(title) + "[\\s\\S]*?1 soutien ·", (await AnonymousAsync(visitor, list)).Html);

        await CachedAsync(visitor, detail);
        var comment = "Bonne idée " + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await member.SubmitAsync(detail, new Dictionary<string, string> { ["Comment.Body"] = comment }, handler: "Commenter")).IsRedirect);
        Assert.Contains(comment, (await AnonymousAsync(visitor, detail)).Html);

        await CachedAsync(visitor, detail);
        await member.SubmitAsync(detail, new Dictionary<string, string>(), handler: "RetirerSoutien");
        Assert.Equal("0", SupportCount((await AnonymousAsync(visitor, detail)).Html));

        await CachedAsync(visitor, detail);
        using var coordinator = await SignedInAsync(factory, Coordinator);
        Assert.True((await coordinator.SubmitAsync(detail, new Dictionary<string, string> { ["Answer.Status"] = "a-l-etude", ["Answer.Text"] = "" }, handler: "Statut")).IsRedirect);
        Assert.Contains("À l'étude", (await AnonymousAsync(visitor, detail)).Html);
    }

    [Fact]
    public async Task A_completed_survey_response_counts_on_the_next_visit_of_the_home_anonymous_or_signed_in()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var survey = await Enquetes.SurveyWebScenario.PublishedAsync(factory, coordinator);
        using var visitor = factory.CreatePortalClient();
        using var resident = await SignedInAsync(factory, Resident);
        var anonymousBefore = Contributions(await CachedAsync(visitor, "/"));
        var signedInBefore = Contributions((await resident.GetAsync("/")).Html);

        Assert.True((await Enquetes.SurveyWebScenario.AnswerAsync(resident, survey, yes: false, score: 4)).IsRedirect);

        Assert.Equal(anonymousBefore + 1, Contributions((await AnonymousAsync(visitor, "/")).Html));
        Assert.Equal(signedInBefore + 1, Contributions((await resident.GetAsync("/")).Html));
    }

    [Fact]
    public async Task A_hidden_comment_disappears_from_the_next_anonymous_visit()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var id = await PublishAsync(factory, resident, "Modération " + Guid.NewGuid().ToString("N")[..8]);
        var detail = $"/propositions/{id}";
        var comment = "Commentaire signalé " + Guid.NewGuid().ToString("N")[..6];
        await resident.SubmitAsync(detail, new Dictionary<string, string> { ["Comment.Body"] = comment }, handler: "Commenter");
        var commentId = await QueryAsync(factory, db => db.Comments.Where(c => c.ProposalId == id).Select(c => c.Id).FirstAsync());
        using var visitor = factory.CreatePortalClient();
        Assert.Contains(comment, await CachedAsync(visitor, detail));

        foreach (var reporter in new[] { NetworkMember, CafAdvisor, OtherCoordinator })
        {
            using var client = await SignedInAsync(factory, reporter);
            await client.SubmitAsync($"/propositions/{id}/signaler?commentaire={commentId}", new Dictionary<string, string> { ["Input.Reason"] = "Offensive" });
        }

        Assert.DoesNotContain(comment, (await AnonymousAsync(visitor, detail)).Html);
    }

    [Fact]
    public async Task A_published_news_post_shows_on_the_next_anonymous_visit_of_the_ctg_page()
    {
        using var visitor = factory.CreatePortalClient();
        await CachedAsync(visitor, "/ctg/alpes-d-azur");
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var title = "Fête des familles " + Guid.NewGuid().ToString("N")[..6];
        const string form = "/coordination/alpes-d-azur/actualites/fiche";
        var page = await coordinator.GetAsync(form);
        using var body = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken!), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("<p>Rendez-vous samedi.</p>"), "Input.Body" },
            { new StringContent("true"), "Input.Publish" },
        };
        using var posted = await coordinator.Http.PostAsync(form, body);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        Assert.Contains(title, (await AnonymousAsync(visitor, "/ctg/alpes-d-azur")).Html);
    }

    [Fact]
    public async Task Unknown_or_repeated_query_parameters_are_served_fresh_and_stored_nowhere()
    {
        using var visitor = factory.CreatePortalClient();
        var store = factory.Services.GetRequiredService<IOutputCacheStore>();
        foreach (var url in new[] { "/propositions?utm=" + Guid.NewGuid(), "/propositions?q=a&q=b", "/propositions?apres=" + new string('9', 500) })
        {
            var first = await AnonymousAsync(visitor, url);
            var second = await AnonymousAsync(visitor, url);
            Assert.Equal(HttpStatusCode.OK, second.Status);
            Assert.False(first.FromCache || second.FromCache, $"{url} came from the cache");
        }
        Assert.NotNull(store);
    }

    [Fact]
    public async Task A_signed_in_author_sees_their_own_draft_and_changes_at_once()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var title = "Brouillon " + Guid.NewGuid().ToString("N")[..8];
        var created = await resident.SubmitAsync("/propositions/nouvelle?ctg=alpes-d-azur", await FormAsync(factory, title, "<p>Pas encore publiée.</p>"));
        var id = IdIn(created.Location!);
        using var visitor = factory.CreatePortalClient();
        await AnonymousAsync(visitor, "/propositions");

        Assert.Contains(title, (await resident.GetAsync($"/propositions/{id}/apercu")).Html);
        Assert.DoesNotContain(title, (await AnonymousAsync(visitor, "/propositions")).Html);
        await resident.SubmitAsync($"/propositions/{id}/apercu", new Dictionary<string, string>());
        Assert.Contains(title, (await resident.GetAsync("/propositions")).Html);
        Assert.Contains(title, (await AnonymousAsync(visitor, "/propositions")).Html);
    }
}
