using Ctg.Participation.Browser.Tests.Infrastructure;

namespace Ctg.Participation.Browser.Tests.Shell;

public sealed class PublicPagesTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/ctg/alpes-d-azur")]
    [InlineData("/reseaux")]
    [InlineData("/propositions")]
    [InlineData("/accessibilite")]
    [InlineData("/donnees-personnelles")]
    [InlineData("/mentions-legales")]
    [InlineData("/plan-du-site")]
    [InlineData("/compte/connexion")]
    [InlineData("/compte/inscription")]
    [InlineData("/page-qui-n-existe-pas")]
    public async Task Public_page_passes_axe_core(string path)
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(path);
        await page.AssertAccessibleAsync();
    }
}
