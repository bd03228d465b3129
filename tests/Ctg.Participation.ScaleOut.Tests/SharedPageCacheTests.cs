using System.Net;
using Ctg.Participation.PublicContent;

namespace Ctg.Participation.ScaleOut.Tests;

/// <summary>
/// The public pages' output cache lives in Redis when it is configured: a page cached through instance B is evicted
/// by a write made through instance A, so B's next anonymous visitor reads the change.
/// </summary>
public sealed class SharedPageCacheTests(SharedPageCacheTests.CachingInstances portal) : IClassFixture<SharedPageCacheTests.CachingInstances>
{
    /// <summary>Two instances with the page cache on (the test host turns it off), stored in their shared Redis.</summary>
    public sealed class CachingInstances : TwoInstances
    {
        protected override void Configure(IDictionary<string, string?> shared)
        {
            shared["OutputCache:Enabled"] = "true";
            // A loaded CI machine can take more than the production 300 ms to answer: a timed-out lookup is a miss.
            shared["OutputCache:RedisTimeoutMs"] = "5000";
        }

        /// <summary>
        /// The demo data written at start-up evicts every public page a second time, a few seconds later: the tests
        /// begin once that second eviction is past, or it could drop the copy they are checking.
        /// </summary>
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await Task.Delay(PublicContentChangeInterceptor.SecondEvictionDelay + TimeSpan.FromSeconds(2));
        }
    }

    private const string Resident = "habitant@ctg-demo.test";
    private const string Coordinator = "coordination.alpes-d-azur@ctg-demo.test";

    private static async Task<(string Html, bool FromCache)> AnonymousAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Age is not null);
    }

    [Fact]
    public async Task A_page_cached_on_instance_B_shows_a_change_made_through_instance_A_on_its_next_anonymous_visit()
    {
        using var onA = portal.A.ClientWith(new CookieContainer());
        await onA.SignInAsync(Coordinator);
        using var visitorOnB = portal.B.ClientWith(new CookieContainer());
        using var otherVisitorOnA = portal.A.ClientWith(new CookieContainer());
        const string page = "/ctg/alpes-d-azur";

        var cached = false;
        for (var visit = 0; visit < 4 && !cached; visit++) cached = (await AnonymousAsync(visitorOnB.Http, page)).FromCache;
        Assert.True(cached, "B did not cache the page");
        // The copy is shared: A's visitor is served what B stored.
        Assert.True((await AnonymousAsync(otherVisitorOnA.Http, page)).FromCache, "A did not read the copy B stored in Redis");

        var title = "Atelier parents " + Guid.NewGuid().ToString("N")[..6];
        var form = await onA.GetAsync("/coordination/alpes-d-azur/actualites/fiche");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.AntiforgeryToken!), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("<p>Mercredi à la médiathèque.</p>"), "Input.Body" },
            { new StringContent("true"), "Input.Publish" },
        };
        using var posted = await onA.Http.PostAsync("/coordination/alpes-d-azur/actualites/fiche", body);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        Assert.Contains(title, (await AnonymousAsync(visitorOnB.Http, page)).Html);
    }
}
