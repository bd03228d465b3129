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
            Assert.Contains("Se connecter avec " + OidcPortalFactory.DepartmentProviderName, System.Net.WebUtility.HtmlDecode(html));
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
    public async Task A_provider_down_before_the_sign_in_is_explained_on_the_sign_in_page()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetAsync("/compte/connexion");
        var users = await QueryAsync(db => db.Users.CountAsync());
        var started = await client.PostAsync("/compte/connexion-externe?handler=Demarrer", new Dictionary<string, string> { ["fournisseur"] = "oidc" }, page.AntiforgeryToken);
        Assert.Equal("/compte/connexion?erreur=indisponible&fournisseur=oidc", started.Location);
        var explained = System.Net.WebUtility.HtmlDecode((await client.GetAsync(started.Location!)).Html);
        Assert.Contains(OidcPortalFactory.DepartmentProviderName + " ne répond pas pour le moment", explained);
        Assert.Equal(users, await QueryAsync(db => db.Users.CountAsync()));
        Assert.True(await QueryAsync(db => db.SecurityEvents.AnyAsync(e => e.Kind == SecurityEventKinds.ExternalSignInRefused && e.Detail!.Contains(OidcPortalFactory.DepartmentProviderName))));
    }

    [Fact]
    public async Task A_survey_for_verified_accounts_refuses_the_others_and_its_participants_are_counted()
    {
        using var coordinator = factory.CreatePortalClient();
        await coordinator.SignInAsync("coordination.alpes-d-azur@ctg-demo.test");
        var survey = await Enquetes.SurveyWebScenario.PublishedAsync(factory, coordinator, audience: nameof(Ctg.Participation.Surveys.SurveyAudience.VerifiedAccountRequired));

        using var unverified = factory.CreatePortalClient();
        await unverified.SignInAsync("membre.reseau@ctg-demo.test");
        var page = await unverified.GetAsync($"/enquetes/{survey.Id}");
        Assert.Contains("Lier FranceConnect à mon compte", page.Html);
        var refused = await unverified.PostAsync($"/enquetes/{survey.Id}?etape=1", new Dictionary<string, string>
        {
            ["jeton"] = Ctg.Participation.Surveys.SurveyAnswering.NewToken(), [$"q{survey.Mode}"] = survey.No.ToString(),
        }, page.AntiforgeryToken);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("réservée aux comptes dont l'identité est vérifiée par FranceConnect", System.Net.WebUtility.HtmlDecode(refused.Html));
        Assert.False(await QueryAsync(db => db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id)));
        using var anonymous = factory.CreatePortalClient();
        Assert.Contains("Se connecter pour répondre", (await anonymous.GetAsync($"/enquetes/{survey.Id}")).Html);

        Provider.NextIdentity = Someone("enquete");
        using var verified = factory.CreatePortalClient();
        var back = await OidcFlow.SignInAsync(verified, "franceconnect");
        var choose = await verified.GetAsync(back.Location!);
        Assert.True((await verified.PostAsync("/compte/connexion-externe?handler=Creer", new Dictionary<string, string> { ["Create.DisplayName"] = "Répondante" }, choose.AntiforgeryToken)).IsRedirect);
        var done = await Enquetes.SurveyWebScenario.AnswerAsync(verified, survey, yes: false, score: 4);
        Assert.Equal($"/enquetes/{survey.Id}/merci", done.Location);

        await using var scope = factory.Services.CreateAsyncScope();
        var indicator = scope.ServiceProvider.GetServices<Ctg.Participation.Indicators.IIndicator>().Single(i => i.Definition.Code == "participants-verifies");
        var conventionId = await QueryAsync(db => db.Surveys.Where(s => s.Id == survey.Id).Select(s => s.ConventionId).SingleAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var value = await indicator.ComputeAsync(new Ctg.Participation.Indicators.IndicatorScope(conventionId, today.AddDays(-1), today.AddDays(1)));
        Assert.True(value.Value >= 1);
        var otherCtg = await QueryAsync(db => db.Conventions.Where(c => c.Id != conventionId).Select(c => c.Id).FirstAsync());
        var elsewhere = await indicator.ComputeAsync(new Ctg.Participation.Indicators.IndicatorScope(otherCtg, today.AddDays(-1), today.AddDays(1)));
        Assert.Equal(0, elsewhere.Value);
    }

    [Fact]
    public async Task A_coordinator_links_ProConnect_and_a_ProConnect_session_meets_the_staff_strong_sign_in_rule()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Ctg.Participation.Accounts.PortalSettings>().SetStaffTwoFactorRequiredAsync(true);
        }
        try
        {
            using var coordinator = factory.CreatePortalClient();
            await coordinator.SignInAsync("coordination.pays-de-grasse@ctg-demo.test");
            Assert.Equal("/compte/deux-facteurs?requis=1", (await coordinator.GetAsync("/coordination/pays-de-grasse")).Location);

            Provider.NextIdentity = new TestIdentity("agent-" + Guid.NewGuid().ToString("N")[..8], "Céline", "Cotte", "celine.cotte@caf06.exemple");
            var back = await OidcFlow.SignInAsync(coordinator, "proconnect", handler: "LierCompte", pageWithToken: "/compte");
            var linked = await coordinator.GetAsync(back.Location!);
            Assert.Equal("/compte", linked.Location);
            Assert.True(await QueryAsync(db => db.UserLogins.AnyAsync(l => l.LoginProvider == "proconnect" && db.Users.Any(u => u.Id == l.UserId && u.Email == "coordination.pays-de-grasse@ctg-demo.test"))));

            using var agent = factory.CreatePortalClient();
            var signedIn = await OidcFlow.SignInAsync(agent, "proconnect", returnUrl: "/coordination/pays-de-grasse");
            Assert.Equal("/coordination/pays-de-grasse", (await agent.GetAsync(signedIn.Location!)).Location);
            Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/coordination/pays-de-grasse")).Status);
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Ctg.Participation.Accounts.PortalSettings>().SetStaffTwoFactorRequiredAsync(false);
        }
    }

    [Fact]
    public async Task FranceConnect_does_not_skip_the_authenticator_app_the_person_turned_on()
    {
        var who = Provider.NextIdentity = Someone("totp");
        using var first = factory.CreatePortalClient();
        var choose = await first.GetAsync((await OidcFlow.SignInAsync(first, "franceconnect")).Location!);
        Assert.True((await first.PostAsync("/compte/connexion-externe?handler=Creer", new Dictionary<string, string> { ["Create.DisplayName"] = "Prudente" }, choose.AntiforgeryToken)).IsRedirect);
        string key;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Ctg.Participation.Accounts.PortalUser>>();
            var user = (await users.FindByEmailAsync(who.Email!))!;
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        using var client = factory.CreatePortalClient();
        var back = await OidcFlow.SignInAsync(client, "franceconnect", returnUrl: "/compte");
        var asked = await client.GetAsync(back.Location!);
        Assert.StartsWith("/compte/connexion/deux-facteurs", asked.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/compte")).Status);
        var code = await client.SubmitAsync(asked.Location!, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        Assert.True(code.IsRedirect, code.ErrorText);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte")).Status);
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
