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

    [Fact]
    public async Task The_accessibility_check_fails_on_a_violation_put_in_the_page_and_names_it()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/accessibilite");
        await page.AssertAccessibleAsync();
        // The same page, once more with an image without a text alternative and a field without a label.
        await page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              main.insertAdjacentHTML('beforeend', '<img src="/favicon.ico" id="sans-alternative"><input type="text" id="sans-etiquette">');
            }
            """);

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => page.AssertAccessibleAsync());
        Assert.Contains("image-alt", failure.Message);
        Assert.Contains("#sans-alternative", failure.Message);
        Assert.Contains("#sans-etiquette", failure.Message);
    }
}
