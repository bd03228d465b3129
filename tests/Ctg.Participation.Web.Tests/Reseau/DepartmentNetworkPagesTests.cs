using System.Net;
using System.Net.Http.Headers;
using Ctg.Participation.Barometers;
using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Reseau;

/// <summary>The réseau départemental and the barometers through the real host, with the demo accounts.</summary>
public sealed class DepartmentNetworkPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AlpesCoordinator = "coordination.alpes-d-azur@ctg-demo.test";
    private const string GrasseCoordinator = "coordination.pays-de-grasse@ctg-demo.test";
    private const string Advisor = "conseiller.caf@ctg-demo.test";
    private const string Resident = "habitant@ctg-demo.test";
    private const string NetworkMember = "membre.reseau@ctg-demo.test";

    private static bool Refused(PortalClient.Page page) =>
        page.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (page.IsRedirect && page.Location!.Contains("/compte/acces-refuse"));

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private async Task<PortalClient.Page> UploadAsync(PortalClient client, string fileName, byte[] content, string title = "Support partagé par test",
        string kind = nameof(SupportKind.Information), int? ctg = null)
    {
        var page = await client.GetAsync("/coordination/reseau/supports/nouveau");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        ctg ??= await DbAsync(db => db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync());
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken!), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent(kind), "Input.Kind" },
            { new StringContent(ctg.Value.ToString()), "Input.OriginConventionId" },
            { new StringContent("Parentalité"), "Input.Axes" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "fichier", fileName);
        using var response = await client.Http.PostAsync("/coordination/reseau/supports/nouveau", form);
        return await PortalClient.Page.ReadAsyncForTests(response);
    }

    [Fact]
    public async Task Residents_and_network_members_are_refused_every_page_and_handler_of_the_network()
    {
        var supportId = await DbAsync(db => db.SharedSupports.Select(s => s.Id).FirstAsync());
        var eventId = await DbAsync(db => db.NetworkEvents.Select(e => e.Id).FirstAsync());
        using var coordinator = await SignedInAsync(AlpesCoordinator);
        var token = (await coordinator.GetAsync($"/coordination/reseau/evenements/{eventId}")).AntiforgeryToken;
        foreach (var email in new[] { Resident, NetworkMember })
        {
            using var client = await SignedInAsync(email);
            foreach (var url in new[] { "/coordination/reseau", "/coordination/reseau/supports/nouveau", $"/coordination/reseau/supports/{supportId}/fichier",
                         "/coordination/reseau/mur", $"/coordination/reseau/evenements/{eventId}", "/coordination/reseau/evenements/nouveau" })
            {
                Assert.True(Refused(await client.GetAsync(url)), $"{email} {url}");
            }
            var forged = await client.PostAsync($"/coordination/reseau/evenements/{eventId}?handler=Inscrire", new Dictionary<string, string>(), token);
            Assert.True(forged.Status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest || Refused(forged), $"{email} forged post: {forged.Status}");
        }
        Assert.False(await DbAsync(db => db.NetworkEventRegistrations.AnyAsync(r => db.Users.Any(u => u.Id == r.UserId && (u.Email == Resident || u.Email == NetworkMember)))));
    }

    [Fact]
    public async Task Coordinators_and_caf_advisors_open_the_network_only_the_caf_organises()
    {
        using var coordinator = await SignedInAsync(GrasseCoordinator);
        using var advisor = await SignedInAsync(Advisor);
        foreach (var client in new[] { coordinator, advisor })
        {
            var home = await client.GetAsync("/coordination/reseau");
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.Contains("Bibliothèque des supports communs", home.Html);
            Assert.Contains("Rencontre départementale", WebUtility.HtmlDecode(home.Html));
            var wall = await client.GetAsync("/coordination/reseau/mur");
            Assert.Equal(HttpStatusCode.OK, wall.Status);
            Assert.Contains("data-wall-id", wall.Html);
        }
        Assert.True(Refused(await coordinator.GetAsync("/coordination/reseau/evenements/nouveau")));
        var forged = await coordinator.PostAsync("/coordination/reseau/evenements/nouveau", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Formation", ["Input.Title"] = "Formation pirate", ["Input.Day"] = "2027-01-10", ["Input.Time"] = "09:00", ["Input.Place"] = "Nice",
        }, (await coordinator.GetAsync("/coordination/reseau")).AntiforgeryToken);
        Assert.True(Refused(forged));
        Assert.False(await DbAsync(db => db.NetworkEvents.AnyAsync(e => e.Title == "Formation pirate")));

        var created = await advisor.SubmitAsync("/coordination/reseau/evenements/nouveau", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Formation", ["Input.Title"] = "Formation au bilan annuel", ["Input.Day"] = "2027-01-10", ["Input.Time"] = "09:30", ["Input.Place"] = "Nice",
        });
        Assert.True(created.IsRedirect, created.ErrorText);
        var registered = await coordinator.SubmitAsync(created.Location!, new Dictionary<string, string>(), "Inscrire");
        Assert.True(registered.IsRedirect, registered.ErrorText);
        var page = await advisor.GetAsync(created.Location!);
        Assert.Contains("Céline C.", WebUtility.HtmlDecode(page.Html));
    }

    [Fact]
    public async Task A_pdf_that_is_a_png_is_refused_beside_the_field_and_nothing_is_stored()
    {
        using var coordinator = await SignedInAsync(AlpesCoordinator);
        var before = await DbAsync(db => db.SharedSupports.CountAsync());

        var page = await UploadAsync(coordinator, "compte-rendu.pdf", DemoFiles.Png());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("n'est pas un vrai fichier PDF", WebUtility.HtmlDecode(page.Html));
        Assert.Contains("id=\"fichier-erreur\"", page.Html);
        Assert.Equal(before, await DbAsync(db => db.SharedSupports.CountAsync()));
    }

    [Fact]
    public async Task A_file_over_20_mb_is_refused_and_one_of_20_mb_is_kept()
    {
        using var coordinator = await SignedInAsync(AlpesCoordinator);
        var before = await DbAsync(db => db.SharedSupports.CountAsync());
        var tooBig = new byte[SupportFileCheck.MaxBytes + 1];
        "%PDF-1.4\n"u8.CopyTo(tooBig);

        var refused = await UploadAsync(coordinator, "gros.pdf", tooBig);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("dépasse 20 Mo", WebUtility.HtmlDecode(refused.Html));
        Assert.Equal(before, await DbAsync(db => db.SharedSupports.CountAsync()));

        var limit = tooBig[..(int)SupportFileCheck.MaxBytes];
        var kept = await UploadAsync(coordinator, "juste.pdf", limit, title: "Support de vingt mégaoctets");
        Assert.True(kept.IsRedirect, kept.ErrorText);
    }

    [Fact]
    public async Task A_shared_support_downloads_as_an_attachment_with_its_content_type_and_counts_for_its_ctg()
    {
        using var coordinator = await SignedInAsync(AlpesCoordinator);
        var pdf = DemoFiles.Pdf("Guide des acteurs");
        var shared = await UploadAsync(coordinator, "guide-acteurs.pdf", pdf, title: "Guide des acteurs ressources du Haut-Var", kind: nameof(SupportKind.ActeursRessources));
        Assert.True(shared.IsRedirect, shared.ErrorText);
        var id = await DbAsync(db => db.SharedSupports.Where(s => s.Title == "Guide des acteurs ressources du Haut-Var").Select(s => s.Id).SingleAsync());

        using var advisor = await SignedInAsync(Advisor);
        using var response = await advisor.Http.GetAsync($"/coordination/reseau/supports/{id}/fichier");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("guide-acteurs.pdf", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        var list = await advisor.GetAsync("/coordination/reseau?type=ActeursRessources");
        Assert.Contains("Guide des acteurs ressources du Haut-Var", list.Html);
    }

    [Fact]
    public async Task A_coordinator_launches_a_barometer_once_per_year_another_ctg_and_a_caf_advisor_cannot()
    {
        using var coordinator = await SignedInAsync(AlpesCoordinator);
        using var other = await SignedInAsync(GrasseCoordinator);
        using var advisor = await SignedInAsync(Advisor);
        var fields = new Dictionary<string, string> { ["Input.Kind"] = nameof(BarometerKind.Residents), ["Input.Year"] = "2027", ["Input.ClosesOn"] = "2027-01-31" };

        var launched = await coordinator.SubmitAsync("/coordination/alpes-d-azur/barometres", fields);
        Assert.True(launched.IsRedirect, launched.ErrorText);
        var again = await coordinator.SubmitAsync("/coordination/alpes-d-azur/barometres", fields);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("déjà été lancé", WebUtility.HtmlDecode(again.Html));
        Assert.Equal(1, await DbAsync(db => db.Barometers.CountAsync(b => b.Year == 2027 && b.Kind == BarometerKind.Residents)));

        var token = (await coordinator.GetAsync("/coordination/alpes-d-azur/barometres")).AntiforgeryToken;
        Assert.True(Refused(await other.GetAsync("/coordination/alpes-d-azur/barometres")));
        Assert.True(Refused(await other.PostAsync("/coordination/alpes-d-azur/barometres", fields, token)));
        var advisorPage = await advisor.GetAsync("/coordination/alpes-d-azur/barometres");
        Assert.Equal(HttpStatusCode.OK, advisorPage.Status);
        Assert.DoesNotContain("Lancer le baromètre", WebUtility.HtmlDecode(advisorPage.Html));
        Assert.True(Refused(await advisor.PostAsync("/coordination/alpes-d-azur/barometres", fields, advisorPage.AntiforgeryToken)));
        using var resident = await SignedInAsync(Resident);
        Assert.True(Refused(await resident.GetAsync("/coordination/alpes-d-azur/barometres")));

        // The demo's partners barometer (14 answers) shows its result; the residents' one (6) says it is not published.
        var results = WebUtility.HtmlDecode((await coordinator.GetAsync("/coordination/alpes-d-azur/barometres")).Html);
        Assert.Contains("T2-3.2-e", results);
        Assert.Contains("FA17-5", results);
        Assert.Contains("Moins de 11 répondants", results);
    }
}
