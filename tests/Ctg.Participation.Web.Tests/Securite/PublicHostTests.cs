using System.Net;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Security;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Securite;

/// <summary>A portal whose public address is not the one the tests call it by.</summary>
public sealed class PublicUrlPortal : PortalFactory
{
    public const string PublicUrl = "https://participation.caf-exemple.fr";

    public PublicUrlPortal() => Settings["Notifications:PublicUrl"] = PublicUrl;
}

/// <summary>Links in mail come from configuration; a request for another host is refused before any page runs.</summary>
public sealed class PublicHostTests(PublicUrlPortal factory) : IClassFixture<PublicUrlPortal>
{
    [Fact]
    public async Task The_reset_mail_link_points_to_the_public_url_whatever_the_request_host()
    {
        using var client = factory.CreatePortalClient();
        // Loopback names are let through (health checks): the link must still not follow them.
        client.Http.DefaultRequestHeaders.Host = "127.0.0.1:8080";
        const string email = "habitant@ctg-demo.test";

        var sent = await client.SubmitAsync("/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.True(sent.IsRedirect);

        var link = Mailbox.LinkIn(await factory.Mailbox.LatestToAsync(email), "/compte/reinitialiser-mot-de-passe");
        Assert.Equal("participation.caf-exemple.fr", link.Host);
        Assert.Equal("https", link.Scheme);
    }

    [Fact]
    public async Task A_forged_host_is_refused_with_a_400_sends_no_mail_and_is_journaled()
    {
        using var client = factory.CreatePortalClient();
        var form = await client.GetAsync("/compte/mot-de-passe-oublie");
        client.Http.DefaultRequestHeaders.Host = "attaquant.example";
        var before = factory.Mailbox.MessagesTo("conseiller.caf@ctg-demo.test").Count;

        var forged = await client.PostAsync("/compte/mot-de-passe-oublie",
            new Dictionary<string, string> { ["Input.Email"] = "conseiller.caf@ctg-demo.test" }, form.AntiforgeryToken);

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.DoesNotContain("attaquant.example", forged.Html);
        Assert.Equal(before, factory.Mailbox.MessagesTo("conseiller.caf@ctg-demo.test").Count);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.SecurityEvents.AnyAsync(e => e.Kind == SecurityEventKinds.ForgedHost && e.Detail == "Host: attaquant.example"));
    }

    [Fact]
    public async Task The_public_host_itself_is_served()
    {
        using var client = factory.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Host = "participation.caf-exemple.fr";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte/connexion")).Status);
    }
}

/// <summary>On the real server (Kestrel): no Server header, no exception details in an error.</summary>
public sealed class ServerHeaderTests : IDisposable
{
    private readonly PortalFactory factory = new();

    [Fact]
    public async Task Responses_carry_no_server_header()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        using var client = factory.CreateClient();

        using var page = await client.GetAsync("/compte/connexion");
        using var missing = await client.GetAsync("/nulle-part");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Server"), "Server: " + string.Join(",", page.Headers.TryGetValues("Server", out var v) ? v : []));
        Assert.False(missing.Headers.Contains("Server"));
    }

    public void Dispose() => factory.Dispose();
}
