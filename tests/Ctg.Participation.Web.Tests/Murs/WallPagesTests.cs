using System.Net;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Web.Tests.Murs;

public sealed class WallPagesTests(WallHubFixture portal) : IClassFixture<WallHubFixture>
{
    [Fact]
    public async Task The_wall_reads_without_javascript_and_a_private_wall_is_hidden_from_non_members()
    {
        var wall = await portal.NewWallAsync();
        await using (var member = await portal.ConnectAsync(WallHubFixture.Member))
        {
            var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
            await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Lisible sans <em>JavaScript</em><script>x()</script>", null, "vert");
        }

        using var client = portal.CreatePortalClient();
        await client.SignInAsync(WallHubFixture.Member);
        var page = await client.GetAsync(wall.Url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Lisible sans <em>JavaScript</em>", page.Html);
        Assert.DoesNotContain("x()", page.Html);
        Assert.Contains("<ul class=\"cartes\"", page.Html);
        Assert.Contains("aria-live=\"polite\"", page.Html);
        Assert.DoesNotContain("<script>", page.Html.Replace("<script src=", "").Replace("<script type=\"module\" src=", ""));

        using var resident = portal.CreatePortalClient();
        await resident.SignInAsync(WallHubFixture.Resident);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(wall.Url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync(wall.Url + "/export.csv")).Status);
    }

    [Fact]
    public async Task A_member_opens_a_wall_from_the_network_page()
    {
        var network = wallNetwork();
        using var client = portal.CreatePortalClient();
        await client.SignInAsync(WallHubFixture.Member);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var created = await client.SubmitAsync(await network, new Dictionary<string, string> { ["Input.Title"] = "Préparer le forum parentalité " + suffix, ["Input.IsPublic"] = "true" });
        Assert.True(created.IsRedirect, created.ErrorText);
        Assert.EndsWith("/murs/preparer-le-forum-parentalite-" + suffix, created.Location);
        Assert.Equal(1, await portal.InScopeAsync(db => db.Walls.CountAsync(w => w.Title.EndsWith(suffix))));
        var wall = await client.FollowAsync(created);
        Assert.Contains("Idées", wall.Html);

        using var resident = portal.CreatePortalClient();
        var refused = await resident.PostAsync(await network, new Dictionary<string, string> { ["Input.Title"] = "Intrus" }, (await resident.GetAsync(await network)).AntiforgeryToken);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.Status);
        Assert.False(await portal.InScopeAsync(db => db.Walls.AnyAsync(w => w.Title == "Intrus")));
    }

    [Fact]
    public async Task The_csv_export_is_utf8_with_bom_semicolons_pseudonyms_and_no_formulas()
    {
        var wall = await portal.NewWallAsync();
        await using (var member = await portal.ConnectAsync(WallHubFixture.Member))
        {
            var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
            await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "=HYPERLINK(\"x\"); crèche", null, null);
        }
        using var client = portal.CreatePortalClient();
        await client.SignInAsync(WallHubFixture.Member);
        using var response = await client.Http.GetAsync(wall.Url + "/export.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Colonne;Texte;Lien;Couleur;Auteur", lines[0]);
        Assert.StartsWith("Idées;\"'=HYPERLINK(\"\"x\"\"); crèche\";;Jaune;Auteur 1;", lines[1]);
        Assert.DoesNotContain("Nadia", lines[1]);
    }

    [Fact]
    public async Task A_card_sent_up_appears_on_the_coordinators_list_with_a_link_back()
    {
        var wall = await portal.NewWallAsync();
        int cardId;
        await using (var member = await portal.ConnectAsync(WallHubFixture.Member))
        {
            var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
            cardId = (await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Ouvrir un lieu d'accueil enfants-parents", null, null)).Changes.Single().Card!.Id;
            var sent = await member.InvokeAsync<WallOperationResult>("SendUp", wall.WallId, Guid.NewGuid(), cardId, "Demande récurrente");
            Assert.True(sent.Changes.Single().Card!.SentUp);
        }

        using var coordinator = portal.CreatePortalClient();
        await coordinator.SignInAsync(WallHubFixture.Coordinator);
        var list = await coordinator.GetAsync("/coordination/alpes-d-azur/murs/remontees");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var html = WebUtility.HtmlDecode(list.Html);
        Assert.Contains("Ouvrir un lieu d'accueil enfants-parents", html);
        Assert.Contains($"{wall.Url}#carte-{cardId}", html);
        Assert.Contains("Reçue, à orienter", html);

        using var other = portal.CreatePortalClient();
        await other.SignInAsync(WallHubFixture.OtherCoordinator);
        Assert.NotEqual(HttpStatusCode.OK, (await other.GetAsync("/coordination/alpes-d-azur/murs/remontees")).Status);
    }

    private async Task<string> wallNetwork()
    {
        var wall = await portal.NewWallAsync();
        return $"/reseaux/{wall.Network.ConventionSlug}/{wall.Network.NetworkSlug}";
    }

    [Fact]
    public async Task The_page_gives_the_script_the_hubs_contract_and_the_chosen_layout_and_draws_reactions_without_emoji()
    {
        var wall = await portal.NewWallAsync();
        await using (var member = await portal.ConnectAsync(WallHubFixture.Member))
        {
            var column = (await member.InvokeAsync<WallSync>("Join", wall.WallId, -1L)).Snapshot!.Columns[0].Id;
            var card = (await member.InvokeAsync<WallOperationResult>("AddCard", wall.WallId, Guid.NewGuid(), column, "Carte commentée", "https://www.exemple.fr/atelier", null)).Changes.Single().Card!;
            await member.InvokeAsync<WallOperationResult>("AddComment", wall.WallId, Guid.NewGuid(), card.Id, "Bonne idée");
            await member.InvokeAsync<WallOperationResult>("ToggleReaction", wall.WallId, Guid.NewGuid(), card.Id, ReactionKinds.Love);
        }
        using var client = portal.CreatePortalClient();
        await client.SignInAsync(WallHubFixture.Member);

        var page = await client.GetAsync(wall.Url + "?disposition=grille");

        var contract = System.Text.Json.JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(page.Html, "data-contrat=\"([^\"]+)\"").Groups[1].Value)).RootElement;
        // One source of truth: the server's limit and names, not a copy in the script.
        Assert.Equal(40 * 1024, contract.GetProperty("maxMessageBytes").GetInt64());
        Assert.Equal(nameof(Web.Walls.WallHub.MoveCard), contract.GetProperty("methods").GetProperty("moveCard").GetString());
        Assert.Equal(WallOperationResult.AlreadyApplied, contract.GetProperty("statuses").GetProperty("alreadyApplied").GetString());
        Assert.Equal(nameof(Web.Walls.IWallClient.PresenceChanged), contract.GetProperty("events").GetProperty("presenceChanged").GetString());
        Assert.Contains("class=\"mur mur--grille\"", page.Html);
        Assert.Contains("<use href=\"#icone-coeur\">", page.Html);
        Assert.Contains("aria-label=\"J&#x27;adore : 1\"", page.Html);
        Assert.DoesNotContain("❤", page.Html);
        Assert.Contains("<summary>", page.Html);
        Assert.Contains("1 commentaire</summary>", page.Html);
        Assert.Contains(">exemple.fr/atelier</a>", page.Html.Replace("</svg> ", "</svg>").Replace("</svg>", ">"));
        Assert.Contains("class=\"mur mur--colonnes\"", (await client.GetAsync(wall.Url + "?disposition=autre")).Html);

        var print = await client.GetAsync(wall.Url + "/impression");
        Assert.Contains("J&#x27;adore : 1", print.Html);
    }
}
