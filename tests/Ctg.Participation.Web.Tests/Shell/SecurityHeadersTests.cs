using System.Net;
using Ctg.Participation.Testing;

namespace Ctg.Participation.Web.Tests.Shell;

public sealed class SecurityHeadersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = factory.CreatePortalClient();
        foreach (var path in new[] { "/", "/compte/connexion", "/page-inconnue", "/css/site.css" })
        {
            using var response = await client.Http.GetAsync(path);
            var csp = string.Join("", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True(response.Headers.Contains("Referrer-Policy"), path);
        }
    }

    [Fact]
    public async Task Over_https_session_and_antiforgery_cookies_are_secure_httponly_and_samesite()
    {
        using var client = factory.CreatePortalClient();
        using var form = await client.Http.GetAsync("/compte/connexion");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ctg-af=", StringComparison.Ordinal));
        AssertHardened(antiforgery);

        var page = await PortalClient.Page.ReadAsyncForTests(form);
        using var signIn = await client.Http.PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "habitant@ctg-demo.test", ["Input.Password"] = Ctg.Participation.Demo.DemoAccounts.Password,
            ["__RequestVerificationToken"] = page.AntiforgeryToken!,
        }));
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ctg-session=", StringComparison.Ordinal));
        AssertHardened(session);
    }

    private static void AssertHardened(string cookie)
    {
        var lower = cookie.ToLowerInvariant();
        Assert.Contains("secure", lower);
        Assert.Contains("httponly", lower);
        Assert.Contains("samesite=", lower);
        Assert.Contains("path=/", lower);
    }

    [Fact]
    public async Task Unknown_pages_and_conventions_get_the_french_404()
    {
        using var client = factory.CreatePortalClient();
        foreach (var path in new[] { "/nulle-part", "/ctg/ctg-qui-n-existe-pas" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.Contains("Page introuvable", page.Html);
        }
    }
}
