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

        await ChooseActionAsync(member, "Carte avec une affiche", "Modifier");
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

        await ChooseActionAsync(member, "Caf & CCAS : atelier", "Modifier");

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
        await card.GetByRole(AriaRole.Button, new() { Name = "Déplacer la carte de" }).FocusAsync();
        await member.Keyboard.PressAsync("Space");
        await member.Keyboard.PressAsync("ArrowRight");
        await member.Keyboard.PressAsync("Space");
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

    [Fact]
    public async Task A_card_dragged_with_the_keyboard_to_another_column_keeps_the_focus_and_the_move_is_announced()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        var coordinator = await SignedInPageAsync(Coordinator);
        await OpenLiveAsync(member, url);
        await OpenLiveAsync(coordinator, url);
        await AddCardAsync(member, 1, "Première carte de « En cours »");
        await AddCardAsync(member, 0, "Carte à porter au clavier");

        var handle = member.Locator("li.carte", new() { HasText = "Carte à porter au clavier" }).GetByRole(AriaRole.Button, new() { Name = "Déplacer la carte de" });
        await handle.FocusAsync();
        await member.Keyboard.PressAsync("Space");
        var announcements = member.Locator("#mur-annonces");
        await Assertions.Expect(announcements).ToContainTextAsync("soulevée, position 1 sur 1 dans « Idées »");
        await member.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(announcements).ToContainTextAsync("position 1 sur 2 dans « En cours »");
        await member.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(announcements).ToContainTextAsync("position 2 sur 2 dans « En cours »");
        await member.Keyboard.PressAsync("Space");

        await Assertions.Expect(announcements).ToContainTextAsync("Carte déposée, position 2 sur 2 dans « En cours »");
        var moved = member.Locator("section.colonne").Nth(1).Locator("li.carte").Nth(1);
        await Assertions.Expect(moved).ToContainTextAsync("Carte à porter au clavier");
        await Assertions.Expect(moved.GetByRole(AriaRole.Button, new() { Name = "Déplacer la carte de" })).ToBeFocusedAsync();
        // Stored and sent to the others: the other browser sees it in the same place.
        await Assertions.Expect(coordinator.Locator("section.colonne").Nth(1).Locator("li.carte").Nth(1)).ToContainTextAsync("Carte à porter au clavier");
        await Assertions.Expect(member.Locator("#mur-etat")).Not.ToContainTextAsync("en attente");
        await Assertions.Expect(moved.GetByRole(AriaRole.Button, new() { Name = "Déplacer la carte de" })).ToBeFocusedAsync();
        await member.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Escape_cancels_a_keyboard_drag_and_leaves_the_card_where_it_was()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        await OpenLiveAsync(member, url);
        await AddCardAsync(member, 0, "Carte qui ne bougera pas");
        await AddCardAsync(member, 0, "Sa voisine");

        var handle = member.Locator("li.carte", new() { HasText = "Carte qui ne bougera pas" }).GetByRole(AriaRole.Button, new() { Name = "Déplacer la carte de" });
        await handle.FocusAsync();
        await member.Keyboard.PressAsync("Space");
        await member.Keyboard.PressAsync("ArrowRight");
        await member.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(member.Locator("section.colonne").Nth(2).Locator("li.carte", new() { HasText = "Carte qui ne bougera pas" })).ToBeVisibleAsync();
        await member.Keyboard.PressAsync("Escape");

        await Assertions.Expect(member.Locator("#mur-annonces")).ToContainTextAsync("Déplacement annulé : la carte reste position 1 sur 2 dans « Idées »");
        var first = member.Locator("section.colonne").Nth(0).Locator("li.carte").Nth(0);
        await Assertions.Expect(first).ToContainTextAsync("Carte qui ne bougera pas");
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Déplacer la carte de" })).ToBeFocusedAsync();
        await Assertions.Expect(member.Locator("section.colonne").Nth(2).Locator("li.carte")).ToHaveCountAsync(0);

        // Nothing was sent: after a reload the card is still first in « Idées ».
        await member.ReloadAsync();
        await Assertions.Expect(member.Locator("section.colonne").Nth(0).Locator("li.carte").Nth(0)).ToContainTextAsync("Carte qui ne bougera pas");
    }

    [Fact]
    public async Task A_card_dragged_with_the_pointer_lands_in_the_other_column()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        await OpenLiveAsync(member, url);
        await AddCardAsync(member, 0, "Carte glissée à la souris");

        await member.Locator("li.carte", new() { HasText = "Carte glissée à la souris" }).DragToAsync(member.Locator("section.colonne").Nth(2).Locator("ul.cartes"));

        await Assertions.Expect(member.Locator("section.colonne").Nth(2).Locator("li.carte", new() { HasText = "Carte glissée à la souris" })).ToBeVisibleAsync();
        await member.ReloadAsync();
        await Assertions.Expect(member.Locator("section.colonne").Nth(2).Locator("li.carte", new() { HasText = "Carte glissée à la souris" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Deleting_a_card_from_its_menu_asks_for_confirmation_first()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        await OpenLiveAsync(member, url);
        await AddCardAsync(member, 0, "Carte à supprimer");
        var card = member.Locator("li.carte", new() { HasText = "Carte à supprimer" });

        await ChooseActionAsync(member, "Carte à supprimer", "Supprimer…");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Annuler" })).ToBeFocusedAsync();
        await member.Keyboard.PressAsync("Enter");
        await Assertions.Expect(card.GetByRole(AriaRole.Group, new() { Name = "Supprimer cette carte" })).ToHaveCountAsync(0);
        await Assertions.Expect(card).ToBeVisibleAsync();

        await ChooseActionAsync(member, "Carte à supprimer", "Supprimer…");
        await card.GetByRole(AriaRole.Button, new() { Name = "Supprimer la carte" }).ClickAsync();
        await Assertions.Expect(member.Locator("li.carte", new() { HasText = "Carte à supprimer" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_card_is_sent_up_to_the_coordination_from_its_menu_with_a_note()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        await OpenLiveAsync(member, url);
        await AddCardAsync(member, 0, "Carte pour la coordination");
        var card = member.Locator("li.carte", new() { HasText = "Carte pour la coordination" });

        await ChooseActionAsync(member, "Carte pour la coordination", "Remonter à la coordination…");
        await Assertions.Expect(card.GetByLabel("Une note pour la coordination")).ToBeFocusedAsync();
        await member.Keyboard.TypeAsync("À voir au prochain comité technique");
        await card.GetByRole(AriaRole.Button, new() { Name = "Remonter la carte" }).ClickAsync();

        await Assertions.Expect(card).ToContainTextAsync("Remontée à la coordination");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Actions sur la carte de" })).ToBeFocusedAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Actions sur la carte de" }).ClickAsync();
        await Assertions.Expect(card.GetByRole(AriaRole.Menuitem, new() { Name = "Remonter à la coordination…" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_wall_fits_its_board_in_both_layouts_at_phone_and_desktop_widths()
    {
        var url = await NewWallAsync();
        var member = await SignedInPageAsync(Member);
        await OpenLiveAsync(member, url);
        await member.Locator("#mur-nouvelle-colonne-titre").FillAsync("À décider");
        await member.GetByRole(AriaRole.Button, new() { Name = "Ajouter la colonne" }).ClickAsync();
        await Assertions.Expect(member.Locator("section.colonne")).ToHaveCountAsync(4);
        await AddCardAsync(member, 0, "Atelier parents du samedi matin à la médiathèque, avec garde d'enfants");
        await AddCardAsync(member, 1, "Relais petite enfance : permanence le mardi");
        await AddCardAsync(member, 3, "Forum des associations en septembre");
        var shots = Screenshots.Folder;

        foreach (var layout in new[] { "colonnes", "grille" })
        {
            await member.GetByRole(AriaRole.Link, new() { Name = layout == "grille" ? "Grille" : "Colonnes" }).ClickAsync();
            await Assertions.Expect(member.Locator("#mur")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mur--" + layout));
            foreach (var width in new[] { 320, 390, 1366 })
            {
                await member.SetViewportSizeAsync(width, width == 1366 ? 900 : 800);
                if (shots is not null) await member.ScreenshotAsync(new() { Path = Path.Combine(shots, $"mur-{layout}-{width}.png"), FullPage = true });
                // The wall never makes the page scroll sideways. The header is the layout's business: measured without it.
                var wider = await member.EvaluateAsync<string>("""
                    () => {
                      const header = document.querySelector('body > header');
                      if (header) header.style.display = 'none';
                      const width = document.documentElement.scrollWidth;
                      const culprits = [...document.querySelectorAll('#mur *')]
                        .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.mur__colonnes > *'))
                        .map(e => e.tagName + '.' + e.className).slice(0, 3).join(', ');
                      if (header) header.style.display = '';
                      return width > innerWidth ? width + ' px: ' + culprits : '';
                    }
                    """);
                Assert.True(wider.Length == 0, $"{layout} at {width} px: the page is {wider}");
                if (width == 1366 && layout == "colonnes")
                {
                    var overflow = await member.EvaluateAsync<int>("() => { const b = document.getElementById('mur-colonnes'); return b.scrollWidth - b.clientWidth; }");
                    Assert.True(overflow <= 0, $"the four columns overflow the board by {overflow} px at 1366 px");
                }
            }
        }
        // The choice is remembered: a new visit without ?disposition opens the grid.
        await member.GotoAsync(url);
        await Assertions.Expect(member.Locator("#mur")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mur--grille"));
        await member.AssertAccessibleAsync();
    }

    private static async Task ChooseActionAsync(IPage page, string cardText, string action)
    {
        var card = page.Locator("li.carte", new() { HasText = cardText });
        await card.GetByRole(AriaRole.Button, new() { Name = "Actions sur la carte de" }).ClickAsync();
        await card.GetByRole(AriaRole.Menuitem, new() { Name = action }).ClickAsync();
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
        await page.LeftAsync("/compte/connexion");
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
        // The form stays open after a card is added: open it only when it is closed.
        if (!await section.Locator("details.colonne__ajout").EvaluateAsync<bool>("d => d.open"))
        {
            await section.Locator("summary", new() { HasText = "Ajouter une carte" }).ClickAsync();
        }
        await section.GetByLabel("Texte de la carte").FillAsync(text);
        await section.GetByRole(AriaRole.Button, new() { Name = "Ajouter la carte" }).ClickAsync();
        await Assertions.Expect(section.Locator("li.carte", new() { HasText = text })).ToBeVisibleAsync();
    }
}
