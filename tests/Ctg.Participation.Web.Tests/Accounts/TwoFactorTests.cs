using System.Net;
using System.Text.RegularExpressions;
using Ctg.Participation.Accounts;
using Ctg.Participation.Demo;
using Ctg.Participation.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Accounts;

public sealed class TwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_coordinator_turns_on_an_authenticator_and_then_needs_its_code_to_sign_in()
    {
        const string email = "coordination.pays-de-grasse@ctg-demo.test";
        using (var client = factory.CreatePortalClient())
        {
            await client.SignInAsync(email);
            var setup = await client.GetAsync("/compte/deux-facteurs");
            var key = Regex.Match(setup.Html, "<code class=\"cle\">([a-z0-9 ]+)</code>").Groups[1].Value.Replace(" ", "");
            Assert.NotEmpty(key);

            var wrong = await client.SubmitAsync("/compte/deux-facteurs", new Dictionary<string, string> { ["Input.Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" });
            Assert.NotNull(wrong.FieldError("Input.Code"));

            var enabled = await client.SubmitAsync("/compte/deux-facteurs", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
            Assert.True(enabled.IsRedirect, enabled.ErrorText);
            var codes = await client.GetAsync("/compte/deux-facteurs");
            Assert.Contains("Vos codes de secours", codes.Html);

            using var second = factory.CreatePortalClient();
            var step1 = await second.SubmitAsync("/compte/connexion", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
            Assert.True(step1.IsRedirect);
            Assert.StartsWith("/compte/connexion/deux-facteurs", step1.Location);
            Assert.True((await second.GetAsync("/coordination")).IsRedirect, "Not signed in before the second step");

            var step2 = await second.SubmitAsync(step1.Location!, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
            Assert.True(step2.IsRedirect, step2.ErrorText);
            Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/coordination")).Status);
        }
    }

    [Fact]
    public async Task When_an_administrator_requires_it_staff_without_two_factor_are_sent_to_set_it_up()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInAsync("admin@ctg-demo.test");
        var saved = await admin.SubmitAsync("/coordination/administration", new Dictionary<string, string> { ["RequireStaffTwoFactor"] = "true" }, handler: "DoubleAuthentification");
        Assert.True(saved.IsRedirect, saved.ErrorText);
        try
        {
            using var coordinator = factory.CreatePortalClient();
            await coordinator.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");
            var page = await coordinator.GetAsync("/coordination/alpes-d-azur");
            Assert.True(page.IsRedirect);
            Assert.Equal("/compte/deux-facteurs?requis=1", page.Location);

            // Residents are not concerned.
            using var resident = factory.CreatePortalClient();
            await resident.SignInAsync("habitant@ctg-demo.test");
            Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/compte")).Status);
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PortalSettings>().SetStaffTwoFactorRequiredAsync(false);
        }
    }
}
