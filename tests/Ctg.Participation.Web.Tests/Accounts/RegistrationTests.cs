using System.Net;
using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Accounts;

public sealed class RegistrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string GoodPassword = "une phrase assez longue 42";

    private static Dictionary<string, string> Form(string email, string displayName = "Lou T.", string password = GoodPassword, string? confirm = null) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = displayName,
        ["Input.MunicipalityInseeCode"] = "06099",
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm ?? password,
    };

    private async Task<int> UserCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.CountAsync();
    }

    [Fact]
    public async Task Registration_sends_a_confirmation_link_and_the_account_signs_in_only_after_confirming()
    {
        using var client = factory.CreatePortalClient();
        const string email = "nouvelle.habitante@exemple.test";

        var registered = await client.SubmitAsync("/compte/inscription", Form(email));
        Assert.True(registered.IsRedirect, registered.ErrorText);

        // Before confirming: sign-in is refused with a message beside the email field.
        var early = await client.SubmitAsync("/compte/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = GoodPassword });
        Assert.Equal(HttpStatusCode.OK, early.Status);
        Assert.Contains("pas encore confirmée", early.FieldError("Input.Email"));

        var mail = await factory.Mailbox.LatestToAsync(email);
        var link = Mailbox.LinkIn(mail, "/compte/confirmer-email");
        var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.Contains("Votre adresse est confirmée", confirmed.Html);

        await client.SignInAsync(email, GoodPassword);
        var account = await client.GetAsync("/compte");
        Assert.Equal(HttpStatusCode.OK, account.Status);
        Assert.Contains(email, account.Html);
        Assert.Contains("Habitant", account.Html);
    }

    [Fact]
    public async Task A_forged_confirmation_code_confirms_nothing()
    {
        using var client = factory.CreatePortalClient();
        const string email = "faux.lien@exemple.test";
        Assert.True((await client.SubmitAsync("/compte/inscription", Form(email))).IsRedirect);
        var link = Mailbox.LinkIn(await factory.Mailbox.LatestToAsync(email), "/compte/confirmer-email");
        var forged = link.PathAndQuery.Replace("code=", "code=AAAA");

        var page = await client.GetAsync(forged);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.SingleAsync(u => u.Email == email);
        Assert.False(user.EmailConfirmed);
    }

    [Theory]
    [InlineData("pas-une-adresse", GoodPassword, "Input.Email", "n'est pas valide")]
    [InlineData("court@exemple.test", "court", "Input.Password", "au moins 12 caractères")]
    [InlineData("courant@exemple.test", "azertyazerty", "Input.Password", "trop courant")]
    public async Task Bad_input_is_explained_beside_its_field_and_creates_nothing(string email, string password, string field, string message)
    {
        using var client = factory.CreatePortalClient();
        var before = await UserCountAsync();

        var page = await client.SubmitAsync("/compte/inscription", Form(email, password: password));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.FieldError(field));
        Assert.Contains("Rien n'a été enregistré", page.Html);
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task Registering_an_existing_address_reveals_nothing_and_creates_nothing()
    {
        using var client = factory.CreatePortalClient();
        var before = await UserCountAsync();

        var page = await client.SubmitAsync("/compte/inscription", Form("HABITANT@ctg-demo.test"));

        // The same answer as a new registration (see Securite/EnumerationTests); the owner is told by mail.
        Assert.True(page.IsRedirect, page.ErrorText);
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task A_display_name_that_looks_like_markup_is_refused()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.SubmitAsync("/compte/inscription", Form("balise@exemple.test", displayName: "<img src=x onerror=alert(1)>"));
        Assert.NotNull(page.FieldError("Input.DisplayName"));
        Assert.DoesNotContain("<img src=x", page.Html);
    }

    [Fact]
    public async Task A_post_with_a_tampered_antiforgery_token_is_refused_and_writes_nothing()
    {
        using var client = factory.CreatePortalClient();
        var before = await UserCountAsync();
        var form = await client.GetAsync("/compte/inscription");

        var page = await client.PostAsync("/compte/inscription", Form("sans.jeton@exemple.test"), form.AntiforgeryToken + "x");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task Forgotten_password_mail_lets_the_person_choose_a_new_one()
    {
        using var client = factory.CreatePortalClient();
        const string email = "oubli@exemple.test";
        Assert.True((await client.SubmitAsync("/compte/inscription", Form(email))).IsRedirect);
        await client.GetAsync(Mailbox.LinkIn(await factory.Mailbox.LatestToAsync(email), "/compte/confirmer-email").PathAndQuery);

        var asked = await client.SubmitAsync("/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.True(asked.IsRedirect);
        var reset = Mailbox.LinkIn(await factory.Mailbox.LatestToAsync(email), "/compte/reinitialiser-mot-de-passe");
        var done = await client.SubmitAsync(reset.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Code"] = System.Web.HttpUtility.ParseQueryString(reset.Query)["code"]!,
            ["Input.Email"] = email,
            ["Input.Password"] = "un tout nouveau secret 2026",
            ["Input.ConfirmPassword"] = "un tout nouveau secret 2026",
        });
        Assert.True(done.IsRedirect, done.ErrorText);

        await client.SignInAsync(email, "un tout nouveau secret 2026");
    }
}
