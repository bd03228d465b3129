using System.Net;
using Ctg.Participation.Data;
using Ctg.Participation.Security;
using Ctg.Participation.Testing;
using Ctg.Participation.Testing.Oidc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Accounts;

/// <summary>
/// FranceConnect and ProConnect through a real OpenID Connect provider (OpenIddict's server on a loopback port): the
/// portal's handler, its HTTP calls to the provider and its checks are the real ones, nothing is mocked.
/// </summary>
public sealed class ExternalSignInTests(OidcPortalFactory factory) : IClassFixture<OidcPortalFactory>
{
    private TestOpenIdProvider Provider => factory.Provider;

    private static TestIdentity Someone(string name) =>
        new("sub-" + Guid.NewGuid().ToString("N")[..12], "Dominique", "Legrand-" + name, $"{name}.{Guid.NewGuid().ToString("N")[..6]}@exemple.test");

    private Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query) => Propositions.ProposalScenario.QueryAsync(factory, query);

    [Fact]
    public async Task Only_configured_providers_show_a_button()
    {
        using var client = factory.CreatePortalClient();
        foreach (var url in new[] { "/compte/connexion", "/compte/inscription" })
        {
            var html = (await client.GetAsync(url)).Html;
            Assert.Contains("value=\"franceconnect\"", html);
            Assert.Contains("S'identifier avec <strong>FranceConnect</strong>", html);
            Assert.Contains("href=\"https://franceconnect.gouv.fr/\"", html);
            Assert.Contains("Qu'est-ce que FranceConnect ?", html);
            Assert.Contains("value=\"proconnect\"", html);
            Assert.DoesNotContain("value=\"oidc\"", html);
        }

        await using var bare = new PortalFactory();
        using var plain = bare.CreatePortalClient();
        var page = await plain.GetAsync("/compte/connexion");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("franceconnect", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("proconnect", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("S'identifier avec", (await plain.GetAsync("/compte/inscription")).Html);
        // A forged provider name starts nothing.
        var forged = await plain.PostAsync("/compte/connexion-externe?handler=Demarrer", new Dictionary<string, string> { ["fournisseur"] = "franceconnect" }, page.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }

    [Fact]
    public async Task A_first_FranceConnect_sign_in_asks_for_a_display_name_then_creates_a_verified_account()
    {
        var who = Provider.NextIdentity = Someone("premiere");
        using var client = factory.CreatePortalClient();

        var authorize = await OidcFlow.StartAsync(client, "franceconnect", returnUrl: "/enquetes");
        Assert.StartsWith(Provider.Authority, authorize.ToString());
        Assert.Contains("acr_values=eidas1", authorize.Query);
        Assert.Contains("response_type=code", authorize.Query);
        Assert.Contains("nonce=", authorize.Query);
        Assert.Contains("state=", authorize.Query);
        var back = await OidcFlow.CallbackAsync(client, await OidcFlow.AuthorizeAsync(authorize));
        Assert.True(back.IsRedirect, back.Html);
        Assert.StartsWith("/compte/connexion-externe", back.Location);
        Assert.Equal("openid given_name family_name email", Provider.ScopesRequested.Last());

        var choose = await client.GetAsync(back.Location!);
        Assert.Contains("Choisir votre nom d'affichage", choose.Html);
        Assert.Contains(who.Email!, choose.Html);
        Assert.DoesNotContain(who.FamilyName, choose.Html);
        Assert.False(await QueryAsync(db => db.Users.AnyAsync(u => u.Email == who.Email)), "Nothing is created before the person chooses.");

        var empty = await client.PostAsync("/compte/connexion-externe?handler=Creer", new Dictionary<string, string> { ["Create.DisplayName"] = "<b>x</b>", ["ReturnUrl"] = "/enquetes" }, choose.AntiforgeryToken);
        Assert.NotNull(empty.FieldError("Create.DisplayName"));
        Assert.False(await QueryAsync(db => db.Users.AnyAsync(u => u.Email == who.Email)));

        var created = await client.PostAsync("/compte/connexion-externe?handler=Creer", new Dictionary<string, string> { ["Create.DisplayName"] = "Dom des Collines", ["ReturnUrl"] = "/enquetes" }, choose.AntiforgeryToken);
        Assert.True(created.IsRedirect, created.ErrorText);
        Assert.Equal("/enquetes", created.Location);

        var account = await QueryAsync(db => db.Users.SingleAsync(u => u.Email == who.Email));
        Assert.Equal("Dom des Collines", account.DisplayName);
        Assert.NotNull(account.FranceConnectVerifiedAt);
        Assert.Null(account.PasswordHash);
        Assert.Equal(who.Subject, await QueryAsync(db => db.UserLogins.Where(l => l.UserId == account.Id && l.LoginProvider == "franceconnect").Select(l => l.ProviderKey).SingleAsync()));
        var mine = await client.GetAsync("/compte");
        Assert.Contains("Identité vérifiée par FranceConnect", mine.Html);
        Assert.Contains("Retirer FranceConnect", mine.Html);

        // The next time, the button alone signs the account in.
        using var again = factory.CreatePortalClient();
        var direct = await OidcFlow.SignInAsync(again, "franceconnect", returnUrl: "/compte");
        Assert.StartsWith("/compte/connexion-externe", direct.Location);
        var signedIn = await again.GetAsync(direct.Location!);
        Assert.Equal("/compte", signedIn.Location);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task Linking_to_an_existing_account_requires_its_password()
    {
        Provider.NextIdentity = new TestIdentity("sub-habitant-" + Guid.NewGuid().ToString("N")[..6], "Camille", "Roux", "habitant@ctg-demo.test");
        using var client = factory.CreatePortalClient();
        var back = await OidcFlow.SignInAsync(client, "franceconnect");
        var ask = await client.GetAsync(back.Location!);
        Assert.Contains("Lier FranceConnect à votre compte", ask.Html);
        var userId = await QueryAsync(db => db.Users.Where(u => u.Email == "habitant@ctg-demo.test").Select(u => u.Id).SingleAsync());

        // Creating a second account with that address instead is not offered, and a forged post creates nothing.
        var forged = await client.PostAsync("/compte/connexion-externe?handler=Creer", new Dictionary<string, string> { ["Create.DisplayName"] = "Intrus" }, ask.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.OK, forged.Status);
        Assert.Equal(1, await QueryAsync(db => db.Users.CountAsync(u => u.Email == "habitant@ctg-demo.test")));

        var wrong = await client.PostAsync("/compte/connexion-externe?handler=Lier", new Dictionary<string, string> { ["Link.Password"] = "pas le bon mot de passe" }, ask.AntiforgeryToken);
        Assert.Contains("Mot de passe incorrect", wrong.FieldError("Link.Password"));
        Assert.False(await QueryAsync(db => db.UserLogins.AnyAsync(l => l.UserId == userId)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/compte")).Status);

        var linked = await client.PostAsync("/compte/connexion-externe?handler=Lier", new Dictionary<string, string> { ["Link.Password"] = Ctg.Participation.Demo.DemoAccounts.Password }, ask.AntiforgeryToken);
        Assert.True(linked.IsRedirect, linked.ErrorText);
        Assert.True(await QueryAsync(db => db.UserLogins.AnyAsync(l => l.UserId == userId && l.LoginProvider == "franceconnect")));
        Assert.NotNull(await QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.FranceConnectVerifiedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte")).Status);

        // Removable at /compte: the account keeps its password, and is no longer verified.
        var account = await client.GetAsync("/compte");
        var removed = await client.PostAsync("/compte?handler=RetirerIdentite", new Dictionary<string, string> { ["fournisseur"] = "franceconnect" }, account.AntiforgeryToken);
        Assert.True(removed.IsRedirect);
        Assert.False(await QueryAsync(db => db.UserLogins.AnyAsync(l => l.UserId == userId)));
        Assert.Null(await QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.FranceConnectVerifiedAt).SingleAsync()));
    }

    [Theory]
    [InlineData(ProviderFault.WrongNonce, "jeton")]
    [InlineData(ProviderFault.WrongIssuer, "jeton")]
    [InlineData(ProviderFault.WrongAudience, "jeton")]
    [InlineData(ProviderFault.Expired, "jeton")]
    [InlineData(ProviderFault.BadSignature, "jeton")]
    [InlineData(ProviderFault.AcrTooLow, "niveau")]
    public async Task A_bad_answer_from_the_provider_is_refused_with_nothing_created(ProviderFault fault, string expected)
    {
        var who = Provider.NextIdentity = Someone(fault.ToString().ToLowerInvariant());
        using var client = factory.CreatePortalClient();
        var before = await QueryAsync(db => db.SecurityEvents.CountAsync(e => e.Kind == SecurityEventKinds.ExternalSignInRefused));
        Provider.Fault = fault;
        PortalClient.Page back;
        try
        {
            back = await OidcFlow.SignInAsync(client, "franceconnect");
        }
        finally
        {
            Provider.Fault = ProviderFault.None;
        }
        await AssertRefusedAsync(client, back, expected, who, before);
    }

    [Fact]
    public async Task A_provider_down_during_the_sign_in_is_refused_with_nothing_created()
    {
        var who = Provider.NextIdentity = Someone("panne");
        using var client = factory.CreatePortalClient();
        var before = await QueryAsync(db => db.SecurityEvents.CountAsync(e => e.Kind == SecurityEventKinds.ExternalSignInRefused));
        var callback = await OidcFlow.AuthorizeAsync(await OidcFlow.StartAsync(client, "franceconnect"));
        Provider.Fault = ProviderFault.Down;
        PortalClient.Page back;
        try
        {
            back = await OidcFlow.CallbackAsync(client, callback);
        }
        finally
        {
            Provider.Fault = ProviderFault.None;
        }
        await AssertRefusedAsync(client, back, "indisponible", who, before);
    }

    [Fact]
    public async Task A_tampered_state_is_refused_with_nothing_created()
    {
        var who = Provider.NextIdentity = Someone("etat");
        using var client = factory.CreatePortalClient();
        var before = await QueryAsync(db => db.SecurityEvents.CountAsync(e => e.Kind == SecurityEventKinds.ExternalSignInRefused));
        var callback = await OidcFlow.AuthorizeAsync(await OidcFlow.StartAsync(client, "franceconnect"));
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        var state = query["state"]!;
        query["state"] = state[..10] + (state[10] == 'A' ? 'B' : 'A') + state[11..];
        var back = await client.GetAsync(callback.AbsolutePath + "?" + query);
        await AssertRefusedAsync(client, back, "etat", who, before);

        // Another browser replaying the real callback (no correlation cookie) is refused too.
        using var other = factory.CreatePortalClient();
        var replay = await OidcFlow.CallbackAsync(other, callback);
        Assert.Equal("/compte/connexion?erreur=etat&fournisseur=franceconnect", replay.Location);
    }

    private async Task AssertRefusedAsync(PortalClient client, PortalClient.Page back, string expected, TestIdentity who, int journalBefore)
    {
        Assert.True(back.IsRedirect, $"{(int)back.Status}: {back.Html[..Math.Min(back.Html.Length, 500)]}");
        Assert.Equal($"/compte/connexion?erreur={expected}&fournisseur=franceconnect", back.Location);
        var page = await client.GetAsync(back.Location!);
        Assert.Contains("Aucun compte n'a été créé ni modifié", System.Net.WebUtility.HtmlDecode(page.Html));
        Assert.Contains("role=\"alert\"", page.Html);
        Assert.False(await QueryAsync(db => db.Users.AnyAsync(u => u.Email == who.Email)));
        Assert.False(await QueryAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == who.Subject)));
        Assert.True(await QueryAsync(db => db.SecurityEvents.CountAsync(e => e.Kind == SecurityEventKinds.ExternalSignInRefused)) > journalBefore);
        // No session either: /compte still asks to sign in.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task Signing_out_also_ends_the_FranceConnect_session_with_the_id_token_as_hint()
    {
        Provider.NextIdentity = Someone("deconnexion");
        using var client = factory.CreatePortalClient();
        var back = await OidcFlow.SignInAsync(client, "franceconnect");
        var choose = await client.GetAsync(back.Location!);
        Assert.True((await client.PostAsync("/compte/connexion-externe?handler=Creer", new Dictionary<string, string> { ["Create.DisplayName"] = "Partant" }, choose.AntiforgeryToken)).IsRedirect);

        var page = await client.GetAsync("/compte/deconnexion");
        var signedOut = await client.PostAsync("/compte/deconnexion", new Dictionary<string, string>(), page.AntiforgeryToken);
        Assert.True(signedOut.IsRedirect);
        var endSession = new Uri(signedOut.Location!);
        Assert.StartsWith(Provider.Authority + "api/v2/session/end", endSession.ToString());
        var calls = Provider.EndSessions.Count;
        var home = await OidcFlow.FollowEndSessionAsync(client, endSession);
        Assert.Equal(calls + 1, Provider.EndSessions.Count);
        var call = Provider.EndSessions.Last();
        Assert.False(string.IsNullOrEmpty(call.IdTokenHint));
        Assert.Equal("https://localhost/signout-callback-franceconnect", call.PostLogoutRedirectUri);
        Assert.Equal("/", home.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/compte")).Status);
    }
}
