using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Murs;

public sealed class LiveWallTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Member = "membre.reseau@ctg-demo.test";
    private const string Coordinator = "coordination.alpes-d-azur@ctg-demo.test";

    [Fact]
    public async Task A_card_added_in_one_browser_appears_in_the_other()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        var coordinator = await SignedInPageAsync(Coordinator);
        await OpenLiveAsync(member, url);
        await OpenLiveAsync(coordinator, url);

        await AddCardAsync(member, 0, "Carte venue de l'autre navigateur");

        var seen = coordinator.Locator("section.colonne").Nth(0).Locator("li.carte", new() { HasText = "Carte venue de l'autre navigateur" });
        await Assertions.Expect(seen).ToBeVisibleAsync();
        await Assertions.Expect(seen).ToContainTextAsync("Nadia B.");
    }

    [Fact]
    public async Task An_image_attached_in_one_browser_appears_in_the_others_wall()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        var coordinator = await SignedInPageAsync(Coordinator);
        await OpenLiveAsync(member, url);
        await OpenLiveAsync(coordinator, url);
        await AddCardAsync(member, 0, "Carte avec une affiche");

        var card = member.Locator("li.carte", new() { HasText = "Carte avec une affiche" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Modifier" }).ClickAsync();
        var editor = member.Locator("li.carte", new() { Has = member.Locator("fieldset.carte-image") });
        await editor.GetByLabel("Joindre une image").SetInputFilesAsync(new FilePayload { Name = "affiche.png", MimeType = "image/png", Buffer = Png() });
        await editor.GetByLabel("Description de l'image").FillAsync("Affiche de l'atelier parents");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Enregistrer l'image" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Image enregistrée.");
        await member.AssertAccessibleAsync();

        var seen = coordinator.Locator("li.carte", new() { HasText = "Carte avec une affiche" }).GetByRole(AriaRole.Img, new() { Name = "Affiche de l'atelier parents" });
        await Assertions.Expect(seen).ToBeVisibleAsync();
        Assert.True(await seen.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 24"), "The image did not load in the other browser.");
        await coordinator.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_edit_box_shows_an_ampersand_as_typed_not_as_an_html_entity()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        await OpenLiveAsync(member, url);
        await AddCardAsync(member, 0, "Caf & CCAS : atelier");

        await member.Locator("li.carte", new() { HasText = "Caf & CCAS : atelier" }).GetByRole(AriaRole.Button, new() { Name = "Modifier" }).ClickAsync();

        var box = member.Locator("textarea[id^='edition-']");
        await Assertions.Expect(box).ToHaveValueAsync("Caf & CCAS : atelier");
    }

    [Fact]
    public async Task A_card_moved_with_the_keyboard_stays_moved_after_a_reload()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        await OpenLiveAsync(member, url);
        await AddCardAsync(member, 0, "Carte à déplacer");

        var card = member.Locator("li.carte", new() { HasText = "Carte à déplacer" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Colonne suivante →" }).FocusAsync();
        await member.Keyboard.PressAsync("Enter");
        await Assertions.Expect(member.Locator("section.colonne").Nth(1).Locator("li.carte", new() { HasText = "Carte à déplacer" })).ToBeVisibleAsync();

        await member.ReloadAsync();
        // Server-rendered first (no JavaScript needed to read it), then live again.
        await Assertions.Expect(member.Locator("section.colonne").Nth(1).Locator("li.carte", new() { HasText = "Carte à déplacer" })).ToBeVisibleAsync();
        await Assertions.Expect(member.Locator("section.colonne").Nth(0).Locator("li.carte")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_live_wall_passes_axe_core()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        await OpenLiveAsync(member, url);
        await AddCardAsync(member, 1, "Une carte pour l'audit d'accessibilité");
        await Assertions.Expect(member.Locator("li.carte")).ToHaveCountAsync(1);
        await member.AssertAccessibleAsync();
    }

    private static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(24, 16);
        bitmap.Erase(SkiaSharp.SKColors.Orange);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private async Task<string> NewWallAsync()
    {
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var slug = await db.ThematicNetworks.Where(n => n.Convention!.Slug == "alpes-d-azur").OrderBy(n => n.Id).Select(n => n.Slug).FirstAsync();
        var directory = scope.ServiceProvider.GetRequiredService<WallDirectory>();
        var network = await directory.FindNetworkAsync("alpes-d-azur", slug);
        var wall = await directory.CreateAsync(network!, "Mur du navigateur " + Guid.NewGuid().ToString("N")[..6], isPublic: false);
        return wall.Url;
    }

    private async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await portal.NewPageAsync();
        // The portal's cookies are Secure and its antiforgery refuses plain HTTP; the test server is plain HTTP on
        // loopback, whose forwarded headers the portal trusts, as it would trust its TLS-terminating proxy.
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" });
        var response = await page.GotoAsync("/compte/connexion");
        Assert.True(response is { Ok: true }, $"/compte/connexion answered {response?.Status}: {await page.ContentAsync()}");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/compte/connexion"));
        return page;
    }

    private static async Task OpenLiveAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("#mur-etat")).ToContainTextAsync("En direct");
    }

    private static async Task AddCardAsync(IPage page, int column, string text)
    {
        var section = page.Locator("section.colonne").Nth(column);
        await section.Locator("summary", new() { HasText = "Ajouter une carte" }).ClickAsync();
        await section.GetByLabel("Texte de la carte").FillAsync(text);
        await section.GetByRole(AriaRole.Button, new() { Name = "Ajouter la carte" }).ClickAsync();
        await Assertions.Expect(section.Locator("li.carte", new() { HasText = text })).ToBeVisibleAsync();
    }
}
