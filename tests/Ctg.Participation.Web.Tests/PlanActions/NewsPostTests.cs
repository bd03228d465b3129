using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.PlanActions;

public sealed class NewsPostTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Form = "/coordination/alpes-d-azur/actualites/fiche";

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static async Task<PortalClient.Page> PostAsync(PortalClient client, string url, Dictionary<string, string> fields, byte[]? image = null)
    {
        var form = await client.GetAsync(url);
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(form.AntiforgeryToken!), "__RequestVerificationToken");
        foreach (var (k, v) in fields) body.Add(new StringContent(v), k);
        if (image is not null)
        {
            var file = new ByteArrayContent(image);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
            body.Add(file, "image", "photo.png");
        }
        using var response = await client.Http.PostAsync(url, body);
        return await PortalClient.Page.ReadAsyncForTests(response);
    }

    [Fact]
    public async Task A_published_post_shows_on_the_ctg_page_with_its_sanitised_text_and_image_while_a_draft_stays_hidden()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var title = "Fête des familles " + Guid.NewGuid().ToString("N")[..6];
        var draft = "Brouillon " + Guid.NewGuid().ToString("N")[..6];

        var noAlt = await PostAsync(coordinator, Form, new() { ["Input.Title"] = title, ["Input.Body"] = "<p>Rendez-vous samedi sur la place.</p>", ["Input.Publish"] = "true" }, OnePixelPng);
        Assert.Equal(HttpStatusCode.OK, noAlt.Status);
        Assert.Contains("Décrivez l'image", noAlt.FieldError("Input.ImageAlt"));
        Assert.False(await QueryAsync(factory, db => db.NewsPosts.AnyAsync(p => p.Title == title)));

        var published = await PostAsync(coordinator, Form, new()
        {
            ["Input.Title"] = title, ["Input.Body"] = "<p>Rendez-vous <strong>samedi</strong> sur la place.</p><script>alert(1)</script>",
            ["Input.ImageAlt"] = "Des enfants jouent sur la place", ["Input.Publish"] = "true",
        }, OnePixelPng);
        Assert.True(published.IsRedirect, published.ErrorText);
        Assert.True((await PostAsync(coordinator, Form, new() { ["Input.Title"] = draft, ["Input.Body"] = "<p>Pas encore prêt à être publié.</p>", ["Input.Publish"] = "false" })).IsRedirect);

        using var visitor = factory.CreatePortalClient();
        var ctgPage = await visitor.GetAsync("/ctg/alpes-d-azur");
        Assert.Contains(title, ctgPage.Html);
        Assert.DoesNotContain(draft, ctgPage.Html);
        var link = Regex.Match(ctgPage.Html, "href=\"(/ctg/alpes-d-azur/actualites/\\d+)\">" + Regex.Escape(title)).Groups[1].Value;
        var post = await visitor.GetAsync(link);
        Assert.Contains("Rendez-vous <strong>samedi</strong> sur la place.", post.Html);
        Assert.DoesNotContain("alert(1)", post.Html);
        Assert.Contains("alt=\"Des enfants jouent sur la place\"", post.Html);
        using var image = await visitor.Http.GetAsync(link + "?handler=Image");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);

        var draftId = await QueryAsync(factory, db => db.NewsPosts.Where(p => p.Title == draft).Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/ctg/alpes-d-azur/actualites/{draftId}")).Status);
    }

    [Fact]
    public async Task Another_ctgs_coordinator_cannot_write_a_post_here()
    {
        using var other = await SignedInAsync(factory, OtherCoordinator);
        Assert.True((await other.GetAsync(Form)) is var page && page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"));
    }
}
