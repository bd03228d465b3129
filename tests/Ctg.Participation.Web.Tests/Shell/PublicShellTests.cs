using System.Net;
using Ctg.Participation.Testing;

namespace Ctg.Participation.Web.Tests.Shell;

public sealed class PublicShellTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Healthy", page.Html);
    }

    [Fact]
    public async Task Health_reports_the_database_healthy_because_sqlite_keeps_no_process_wide_memory_count()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetAsync("/health");
        // Degraded when SQLite counts its memory under one lock for the whole process (set before its first connection).
        Assert.Contains("database: Healthy", page.Html);
    }

    [Fact]
    public async Task Ping_answers_pong_as_the_benchmark_ceiling()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetAsync("/ping");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("pong", page.Html);
    }

    [Fact]
    public async Task Home_lists_the_demo_conventions_and_states_accessibility_conformance()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Communauté de communes Alpes d'Azur", WebUtility.HtmlDecode(page.Html));
        Assert.Contains("Accessibilité : non conforme", page.Html);
        Assert.Contains("href=\"/accessibilite\"", page.Html);
    }
}
