using System.Net;
using System.Text.Json;
using Ctg.Participation.Data;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Accounts;

public sealed class PersonalDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task My_data_downloads_as_json_with_my_profile_and_memberships()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("membre.reseau@ctg-demo.test");

        using var response = await client.Http.GetAsync("/compte/mes-donnees");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var account = json.RootElement.GetProperty("compte");
        Assert.Equal("membre.reseau@ctg-demo.test", account.GetProperty("courriel").GetString());
        Assert.Equal(1, account.GetProperty("reseauxThematiques").GetArrayLength());
        Assert.Equal(1, account.GetProperty("groupesDeTravail").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_my_account_needs_my_password_then_removes_it_and_signs_me_out()
    {
        using var client = factory.CreatePortalClient();
        const string email = "a.supprimer@exemple.test";
        var registered = await client.SubmitAsync("/compte/inscription", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "À supprimer",
            ["Input.Password"] = "mot de passe du test 99", ["Input.ConfirmPassword"] = "mot de passe du test 99",
        });
        Assert.True(registered.IsRedirect, registered.ErrorText);
        await client.GetAsync(Mailbox.LinkIn(await factory.Mailbox.LatestToAsync(email), "/compte/confirmer-email").PathAndQuery);
        await client.SignInAsync(email, "mot de passe du test 99");

        var wrong = await client.SubmitAsync("/compte/supprimer", new Dictionary<string, string> { ["Input.Password"] = "pas le bon" });
        Assert.Contains("n'a pas été supprimé", wrong.FieldError("Input.Password"));

        var deleted = await client.SubmitAsync("/compte/supprimer", new Dictionary<string, string> { ["Input.Password"] = "mot de passe du test 99" });
        Assert.True(deleted.IsRedirect);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Email == email));
        Assert.True((await client.GetAsync("/compte")).IsRedirect);
    }
}
