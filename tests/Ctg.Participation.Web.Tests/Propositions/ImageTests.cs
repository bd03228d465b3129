using System.Net;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Propositions;

public sealed class ImageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private async Task<HttpResponseMessage> PostWithFileAsync(PortalClient client, Dictionary<string, string> fields, byte[] file, string fileName, string contentType)
    {
        var token = (await client.GetAsync("/propositions/nouvelle?ctg=alpes-d-azur")).AntiforgeryToken!;
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(part, "Input.Image", fileName);
        return await client.Http.PostAsync("/propositions/nouvelle?ctg=alpes-d-azur", content);
    }

    [Fact]
    public async Task Image_is_re_encoded_and_served_with_its_content_type()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var form = await FormAsync(factory, "Un parc avec une aire de jeux", "Une aire de jeux pour les petits près de l'école.");

        using var response = await PostWithFileAsync(resident, form, OnePixelPng, "photo.png", "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdIn(response.Headers.Location!.ToString());
        using var image = await resident.Http.GetAsync($"/propositions/{id}/image");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        // A draft's image is the author's alone.
        using var anonymous = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync($"/propositions/{id}/image")).StatusCode);
    }

    [Fact]
    public async Task File_that_is_not_an_image_is_refused_beside_the_field_whatever_its_name()
    {
        using var resident = await SignedInAsync(factory, Resident);
        var key = Guid.NewGuid();
        var form = await FormAsync(factory, "Un parc avec des bancs", "Des bancs à l'ombre pour les grands-parents.", key);

        using var response = await PostWithFileAsync(resident, form, "<script>alert(1)</script>"u8.ToArray(), "photo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new PortalClient.Page(response.StatusCode, await response.Content.ReadAsStringAsync(), null);
        Assert.Equal("Erreur : Le fichier n'est pas une image JPEG, PNG ou WebP.", page.FieldError("Input.Image"));
        Assert.Equal(0, await QueryAsync(factory, db => db.Proposals.CountAsync(p => p.SubmissionKey == key)));
    }
}
