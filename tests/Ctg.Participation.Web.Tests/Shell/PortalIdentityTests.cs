using System.Net;
using Ctg.Participation.Testing;

namespace Ctg.Participation.Web.Tests.Shell;

/// <summary>A department that configured its editor and contact but not its host, without the demo's identity.</summary>
public sealed class ConfiguredIdentityFactory : PortalFactory
{
    public const string Editor = "Caisse d'allocations familiales du Var";
    public const string Mail = "ctg@caf83.example";
    public const string Address = "Caf du Var, 83000 Toulon";

    public ConfiguredIdentityFactory()
    {
        Settings["DemoData:Identity"] = "false";
        Settings["Portal:Name"] = "Participer dans le Var";
        Settings["Portal:Department"] = "Var";
        Settings["Portal:Editor"] = Editor;
        Settings["Portal:PublicationDirector"] = "Le directeur de la Caf du Var";
        Settings["Portal:Contact:Mail"] = Mail;
        Settings["Portal:Contact:PostalAddress"] = Address;
    }
}

public sealed class PortalIdentityTests(ConfiguredIdentityFactory factory) : IClassFixture<ConfiguredIdentityFactory>
{
    private const string Page = "/coordination/administration/portail";

    [Fact]
    public async Task Legal_pages_show_the_configured_editor_and_contact_and_name_what_is_still_missing()
    {
        using var client = factory.CreatePortalClient();
        var legal = await client.GetAsync("/mentions-legales");
        Assert.Equal(HttpStatusCode.OK, legal.Status);
        var text = WebUtility.HtmlDecode(legal.Html);
        Assert.Contains(ConfiguredIdentityFactory.Editor, text);
        Assert.Contains(ConfiguredIdentityFactory.Mail, text);
        Assert.Contains(ConfiguredIdentityFactory.Address, text);
        Assert.DoesNotContain("indiqués ici par l'exploitant", text);
        Assert.DoesNotContain("Ctg.Participation", text);
        Assert.Contains("n'a pas encore renseigné : l'hébergeur", text);

        var accessibility = WebUtility.HtmlDecode((await client.GetAsync("/accessibilite")).Html);
        Assert.Contains($"mailto:{ConfiguredIdentityFactory.Mail}", accessibility);
        Assert.Contains("Participer dans le Var", WebUtility.HtmlDecode((await client.GetAsync("/")).Html));
    }

    [Fact]
    public async Task The_administrators_home_lists_what_is_missing()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("admin@ctg-demo.test");
        var home = await client.GetAsync("/coordination/administration");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("<li>l'hébergeur</li>", WebUtility.HtmlDecode(home.Html));
    }

    [Theory]
    [InlineData("Input.Name", "Un nom de portail beaucoup trop long pour tenir dans l'en-tête d'un téléphone portable, vraiment", "ne doit pas dépasser 80 caractères")]
    [InlineData("Input.PrimaryColour", "#8fb8bd", "pas assez contrastée")]
    [InlineData("Input.PrimaryColour", "bleu", "format #RRVVBB")]
    [InlineData("Input.ContactMail", "pas une adresse", "adresse électronique valide")]
    public async Task A_bad_value_is_refused_in_french_and_nothing_is_changed(string field, string value, string message)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("admin@ctg-demo.test");
        var result = await client.SubmitAsync(Page, new Dictionary<string, string>
        {
            [field] = value,
            // A valid value in the same post must not be stored either.
            ["Input.Host" == field ? "Input.Editor" : "Input.Host"] = "Hébergeur qui ne doit pas être enregistré",
        });
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.FieldError(field) ?? "");
        Assert.Contains("resume-erreurs", result.Html);
        Assert.DoesNotContain("Hébergeur qui ne doit pas être enregistré", WebUtility.HtmlDecode((await client.GetAsync("/mentions-legales")).Html));
    }

    [Fact]
    public async Task A_logo_that_is_not_an_image_is_refused_and_nothing_is_changed()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("admin@ctg-demo.test");
        var form = await client.GetAsync(Page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.AntiforgeryToken!), "__RequestVerificationToken" },
            { new StringContent("Un éditeur qui ne doit pas être enregistré"), "Input.Editor" },
            { new ByteArrayContent("<script>alert(1)</script>"u8.ToArray()), "CafLogo", "logo.png" },
        };
        using var response = await client.Http.PostAsync(Page, content);
        var page = await PortalClient.Page.ReadAsyncForTests(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("n'est pas une image", page.FieldError("CafLogo") ?? "");
        Assert.DoesNotContain("Un éditeur qui ne doit pas être enregistré", WebUtility.HtmlDecode((await client.GetAsync("/mentions-legales")).Html));
    }

    [Fact]
    public async Task A_resident_cannot_open_the_identity_page()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("habitant@ctg-demo.test");
        var page = await client.GetAsync(Page);
        Assert.True(page.Status == HttpStatusCode.Forbidden || (page.IsRedirect && page.Location!.Contains("/compte/acces-refuse")));
    }
}
