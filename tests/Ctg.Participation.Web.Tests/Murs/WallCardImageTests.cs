using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Ctg.Participation.Testing;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Ctg.Participation.Web.Tests.Murs;

public sealed class WallCardImageTests(WallHubFixture portal) : IClassFixture<WallHubFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_members_image_is_stored_without_its_metadata_and_shown_live_to_others_on_the_wall()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        await using var coordinator = await portal.ConnectAsync(WallHubFixture.Coordinator);
        var toCoordinator = WallChanges.Listen(coordinator);
        var card = await AddCardAsync(member, wall.WallId);
        await coordinator.InvokeAsync<WallSync>("Join", wall.WallId, -1L);

        using var http = await SignedInAsync(WallHubFixture.Member);
        var (status, body) = await UploadAsync(http, wall, card.Id, JpegWithGps(), "Affiche de l'atelier");

        Assert.Equal(HttpStatusCode.OK, status);
        var stored = await portal.InScopeAsync(db => db.WallCards.Where(c => c.Id == card.Id).Select(c => new { c.ImageFileName, c.Version }).SingleAsync());
        Assert.NotNull(stored.ImageFileName);
        Assert.Equal(card.Version + 1, stored.Version);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(portal.ImageFolder, stored.ImageFileName!));
        Assert.DoesNotContain("GPSLatitude", Encoding.ASCII.GetString(bytes));
        Assert.Contains("\"applique\"", body);

        var seen = await WallChanges.NextCardAsync(toCoordinator, card.Id, c => c.ImageUrl is not null);
        Assert.Equal("Affiche de l'atelier", seen.ImageAlt);

        using var served = await http.Http.GetAsync(seen.ImageUrl);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_non_members_upload_is_refused_and_nothing_is_stored()
    {
        var wall = await portal.NewWallAsync(isPublic: true);
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var card = await AddCardAsync(member, wall.WallId);

        using var resident = await SignedInAsync(WallHubFixture.Resident);
        var files = ImagesOnDisk().Count();
        var (status, body) = await UploadAsync(resident, wall, card.Id, JpegWithGps(), null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Seuls les membres du groupe réseau", Message(body));
        Assert.Null(await portal.InScopeAsync(db => db.WallCards.Where(c => c.Id == card.Id).Select(c => c.ImageFileName).SingleAsync()));
        Assert.Equal(files, ImagesOnDisk().Count());
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_with_a_message_and_nothing_is_stored()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var card = await AddCardAsync(member, wall.WallId);
        var sequence = await portal.InScopeAsync(db => db.Walls.Where(w => w.Id == wall.WallId).Select(w => w.LastSequence).SingleAsync());

        using var http = await SignedInAsync(WallHubFixture.Member);
        var files = ImagesOnDisk().Count();
        var (status, body) = await UploadAsync(http, wall, card.Id, Encoding.UTF8.GetBytes("<svg onload=alert(1)>"), null, "image.jpg");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Le fichier n'est pas une image JPEG, PNG ou WebP.", Message(body));
        Assert.Equal(sequence, await portal.InScopeAsync(db => db.Walls.Where(w => w.Id == wall.WallId).Select(w => w.LastSequence).SingleAsync()));
        Assert.Equal(files, ImagesOnDisk().Count());
    }

    [Fact]
    public async Task A_file_over_five_megabytes_is_refused_with_a_message()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var card = await AddCardAsync(member, wall.WallId);
        var oversized = JpegWithGps().Concat(new byte[Ctg.Participation.Images.ImageStore.MaxBytes]).ToArray();

        using var http = await SignedInAsync(WallHubFixture.Member);
        var files = ImagesOnDisk().Count();
        var (status, body) = await UploadAsync(http, wall, card.Id, oversized, null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("L'image dépasse 5 Mo. Choisissez une image plus légère.", Message(body));
        Assert.Equal(files, ImagesOnDisk().Count());
        Assert.Null(await portal.InScopeAsync(db => db.WallCards.Where(c => c.Id == card.Id).Select(c => c.ImageFileName).SingleAsync()));
    }

    [Fact]
    public async Task An_image_of_a_card_of_another_wall_is_refused()
    {
        var wall = await portal.NewWallAsync();
        var other = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var card = await AddCardAsync(member, other.WallId);

        using var http = await SignedInAsync(WallHubFixture.Member);
        var (status, body) = await UploadAsync(http, wall, card.Id, JpegWithGps(), null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("n'existe pas sur ce mur", Message(body));
        Assert.Null(await portal.InScopeAsync(db => db.WallCards.Where(c => c.Id == card.Id).Select(c => c.ImageFileName).SingleAsync()));
    }

    [Fact]
    public async Task A_private_walls_image_is_not_served_to_a_non_member()
    {
        var wall = await portal.NewWallAsync(isPublic: false);
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var card = await AddCardAsync(member, wall.WallId);
        using var http = await SignedInAsync(WallHubFixture.Member);
        var (status, _) = await UploadAsync(http, wall, card.Id, JpegWithGps(), null);
        Assert.Equal(HttpStatusCode.OK, status);
        var url = WallViewMapping.ImageUrl(wall.WallId, card.Id, card.Version + 1);

        using var resident = await SignedInAsync(WallHubFixture.Resident);
        using var refused = await resident.Http.GetAsync(url);
        using var anonymous = await portal.CreatePortalClient().Http.GetAsync(url);
        using var allowed = await http.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_client_disconnected_while_an_image_is_attached_catches_it_up_by_sequence()
    {
        var wall = await portal.NewWallAsync();
        long lastSeen;
        CardView card;
        await using (var member = await portal.ConnectAsync(WallHubFixture.Member))
        {
            card = await AddCardAsync(member, wall.WallId);
            lastSeen = (await member.InvokeAsync<WallSync>("Since", wall.WallId, -1L)).Sequence;
            await member.StopAsync();
        }

        using var http = await SignedInAsync(WallHubFixture.Coordinator);
        var (status, _) = await UploadAsync(http, wall, card.Id, JpegWithGps(), null);
        Assert.Equal(HttpStatusCode.OK, status);

        await using var back = await portal.ConnectAsync(WallHubFixture.Member);
        var sync = await back.InvokeAsync<WallSync>("Join", wall.WallId, lastSeen);

        Assert.Null(sync.Snapshot);
        var change = Assert.Single(sync.Changes);
        Assert.Equal(lastSeen + 1, change.Sequence);
        Assert.Equal(card.Id, change.Card!.Id);
        Assert.Equal("Image jointe à la carte de Nadia B. (RPE Haut-Var)", change.Card.ImageAlt);
        Assert.Equal(WallViewMapping.ImageUrl(wall.WallId, card.Id, card.Version + 1), change.Card.ImageUrl);
    }

    [Fact]
    public async Task Replacing_then_removing_an_image_deletes_the_files_it_no_longer_uses()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var card = await AddCardAsync(member, wall.WallId);
        using var http = await SignedInAsync(WallHubFixture.Member);
        string? FileOf() => portal.InScopeAsync(db => db.WallCards.Where(c => c.Id == card.Id).Select(c => c.ImageFileName).SingleAsync()).GetAwaiter().GetResult();

        await UploadAsync(http, wall, card.Id, JpegWithGps(), null);
        var first = FileOf()!;
        await UploadAsync(http, wall, card.Id, JpegWithGps(), null);
        var second = FileOf()!;
        Assert.False(File.Exists(Path.Combine(portal.ImageFolder, first)));
        Assert.True(File.Exists(Path.Combine(portal.ImageFolder, second)));

        var token = await TokenAsync(http, wall);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Guid.NewGuid().ToString()), "operationId" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        using var removed = await http.Http.PostAsync(UploadUrl(wall, card.Id) + "?handler=supprimer", form);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Null(FileOf());
        Assert.False(File.Exists(Path.Combine(portal.ImageFolder, second)));
    }

    [Fact]
    public async Task The_server_rendered_wall_and_the_csv_export_show_which_cards_have_an_image()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var card = await AddCardAsync(member, wall.WallId);
        using var http = await SignedInAsync(WallHubFixture.Member);
        await UploadAsync(http, wall, card.Id, JpegWithGps(), null);

        var page = await http.GetAsync(wall.Url);
        var csv = await http.Http.GetStringAsync(wall.Url + "/export.csv");

        Assert.Contains($"<img src=\"/murs/{wall.WallId}/cartes/{card.Id}/image?v={card.Version + 1}\" alt=\"Image jointe à la carte de Nadia B. (RPE Haut-Var)\"", page.Html);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(";Image;", lines[0]);
        Assert.Contains(";oui;", lines[1]);
    }

    [Fact]
    public async Task Deleting_a_card_deletes_its_image_file()
    {
        var wall = await portal.NewWallAsync();
        await using var member = await portal.ConnectAsync(WallHubFixture.Member);
        var card = await AddCardAsync(member, wall.WallId);
        using var http = await SignedInAsync(WallHubFixture.Member);
        await UploadAsync(http, wall, card.Id, JpegWithGps(), null);
        var file = await portal.InScopeAsync(db => db.WallCards.Where(c => c.Id == card.Id).Select(c => c.ImageFileName).SingleAsync());
        Assert.True(File.Exists(Path.Combine(portal.ImageFolder, file!)));

        var deleted = await member.InvokeAsync<WallOperationResult>("DeleteCard", wall.WallId, Guid.NewGuid(), card.Id, card.Version + 1);

        Assert.Equal(WallOperationResult.Applied, deleted.Status);
        Assert.Null(deleted.Changes.Single().Card!.ImageUrl);
        Assert.False(File.Exists(Path.Combine(portal.ImageFolder, file!)));
    }

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private static string UploadUrl(WallDirectory.WallPlace wall, int cardId) => $"/murs/{wall.WallId}/cartes/{cardId}/image";

    private static async Task<string> TokenAsync(PortalClient client, WallDirectory.WallPlace wall)
    {
        var page = await client.GetAsync(wall.Url);
        return page.AntiforgeryToken ?? throw new InvalidOperationException("The wall page carries no antiforgery token.");
    }

    private static async Task<(HttpStatusCode Status, string Body)> UploadAsync(PortalClient client, WallDirectory.WallPlace wall, int cardId, byte[] file, string? alt, string fileName = "photo.jpg")
    {
        var token = await TokenAsync(client, wall);
        var image = new ByteArrayContent(file);
        image.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Guid.NewGuid().ToString()), "operationId" },
            { new StringContent(token), "__RequestVerificationToken" },
            { image, "image", fileName },
        };
        if (alt is not null) form.Add(new StringContent(alt), "alt");
        using var response = await client.Http.PostAsync(UploadUrl(wall, cardId), form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string? Message(string body) => JsonDocument.Parse(body).RootElement.GetProperty("message").GetString();

    private IEnumerable<string> ImagesOnDisk() => Directory.Exists(portal.ImageFolder) ? Directory.EnumerateFiles(portal.ImageFolder) : [];

    private static async Task<CardView> AddCardAsync(HubConnection connection, int wallId)
    {
        var column = (await connection.InvokeAsync<WallSync>("Join", wallId, -1L)).Snapshot!.Columns[0].Id;
        var added = await connection.InvokeAsync<WallOperationResult>("AddCard", wallId, Guid.NewGuid(), column, "Atelier parents le samedi", null, null);
        return added.Changes.Single().Card!;
    }

    /// <summary>A small JPEG carrying an EXIF segment with a GPS position, as a phone photo would.</summary>
    private static byte[] JpegWithGps()
    {
        using var bitmap = new SKBitmap(16, 16);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var payload = Encoding.ASCII.GetBytes("Exif\0\0MM\0*GPSLatitude 43.7 GPSLongitude 7.2");
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        var withExif = jpeg[..2].Concat(segment).Concat(jpeg[2..]).ToArray();
        Assert.Contains("GPSLatitude", Encoding.ASCII.GetString(withExif));
        return withExif;
    }

}
