using System.Net;
using Ctg.Participation.Testing;
using static Ctg.Participation.Web.Tests.Indicateurs.IndicatorPages;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Indicateurs;

/// <summary>
/// With Indicators:PublicCacheSeconds set, the public dashboard serves a computed view again for that long (new
/// contributions show after it expires), while the coordinators' full view is always computed afresh.
/// </summary>
public sealed class PublicIndicatorCacheTests(PublicIndicatorCacheTests.CachingPortal factory) : IClassFixture<PublicIndicatorCacheTests.CachingPortal>
{
    public sealed class CachingPortal : PortalFactory
    {
        public CachingPortal() => Settings["Indicators:PublicCacheSeconds"] = "300";
    }

    [Fact]
    public async Task The_public_dashboard_serves_its_computed_view_again_while_the_coordinator_view_is_fresh()
    {
        using var anonymous = factory.CreatePortalClient();
        using var coordinator = await SignedInAsync(factory, Coordinator);
        const string publicUrl = "/indicateurs?ctg=alpes-d-azur";
        var before = await anonymous.GetAsync(publicUrl);
        var coordinatorBefore = (await coordinator.GetAsync("/coordination/alpes-d-azur/indicateurs")).Html;
        Assert.Equal(HttpStatusCode.OK, before.Status);

        await SeedAuthorsAsync(factory, 12, DateTimeOffset.UtcNow.AddHours(-1), "Proposition mise en cache");

        var after = await anonymous.GetAsync(publicUrl);
        Assert.Equal(before.Html, after.Html);
        Assert.NotEqual(coordinatorBefore, (await coordinator.GetAsync("/coordination/alpes-d-azur/indicateurs")).Html);
    }
}
