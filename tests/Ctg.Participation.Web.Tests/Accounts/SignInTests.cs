using System.Net;
using Ctg.Participation.Accounts;
using Ctg.Participation.Demo;
using Ctg.Participation.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Accounts;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        using var client = factory.CreatePortalClient();
        const string email = "conseiller.caf@ctg-demo.test";

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.SubmitAsync("/compte/connexion", Credentials(email, "mauvais mot de passe " + attempt));
            Assert.Equal(HttpStatusCode.OK, failed.Status);
        }
        var locked = await client.SubmitAsync("/compte/connexion", Credentials(email, DemoAccounts.Password));

        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Contains("verrouillé", locked.Html);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task A_wrong_password_is_reported_beside_the_password_field()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.SubmitAsync("/compte/connexion", Credentials("habitant@ctg-demo.test", "pas le bon mot de passe"));
        Assert.Contains("incorrect", page.FieldError("Input.Password"));
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.SubmitAsync("/compte/connexion?ReturnUrl=https%3A%2F%2Fpirate.example%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = "habitant@ctg-demo.test", ["Input.Password"] = DemoAccounts.Password, ["ReturnUrl"] = "https://pirate.example/",
        });
        Assert.True(page.IsRedirect);
        Assert.Equal("/", page.Location);
    }

    [Fact]
    public async Task Signing_out_needs_a_post_with_antiforgery()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("habitant@ctg-demo.test");

        var forged = await client.PostAsync("/compte/deconnexion", new Dictionary<string, string>(), antiforgeryToken: null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte")).Status);

        var signedOut = await client.SubmitAsync("/compte/deconnexion", new Dictionary<string, string>());
        Assert.True(signedOut.IsRedirect);
        var after = await client.GetAsync("/compte");
        Assert.True(after.IsRedirect);
        Assert.StartsWith("/compte/connexion", new Uri(new Uri("https://localhost"), after.Location).AbsolutePath);
    }
}
