using System.Net;
using Ctg.Participation.Security;
using Ctg.Participation.Testing;
using static Ctg.Participation.Web.Tests.Securite.AccountsTestSupport;

namespace Ctg.Participation.Web.Tests.Securite;

/// <summary>Sessions end at once, server-side: a replayed cookie opens nothing after sign-out or a sensitive change.</summary>
public sealed class SessionRevocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Uri Site = new("https://localhost");

    private static bool SentToSignIn(HttpResponseMessage response) =>
        (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location?.OriginalString.Contains("/compte/connexion") == true;

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_opens_nothing()
    {
        var user = await CreateConfirmedAccountAsync(factory);
        var (browser, cookies) = Browser(factory);
        await browser.SignInAsync(user.Email!, Password);
        var stolen = cookies.GetCookieHeader(Site);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(factory, stolen)).StatusCode);

        var signedOut = await browser.SubmitAsync("/compte/deconnexion", new Dictionary<string, string>());
        Assert.True(signedOut.IsRedirect);

        using var replayed = await ReplayAsync(factory, stolen);
        Assert.True(SentToSignIn(replayed), $"The replayed cookie answered {(int)replayed.StatusCode}");
        var journal = await JournalOfAsync(factory, user.Id);
        Assert.Contains(journal, e => e.Kind == SecurityEventKinds.SessionRefused);
    }

    [Fact]
    public async Task A_password_change_in_one_browser_ends_the_session_of_another()
    {
        var user = await CreateConfirmedAccountAsync(factory);
        var (first, firstCookies) = Browser(factory);
        var (second, _) = Browser(factory);
        await first.SignInAsync(user.Email!, Password);
        await second.SignInAsync(user.Email!, Password);
        var firstCookie = firstCookies.GetCookieHeader(Site);

        var changed = await second.SubmitAsync("/compte/mot-de-passe", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Password, ["Input.Password"] = "un tout autre mot de passe 77", ["Input.ConfirmPassword"] = "un tout autre mot de passe 77",
        });
        Assert.True(changed.IsRedirect, changed.ErrorText);

        using var replayed = await ReplayAsync(factory, firstCookie);
        Assert.True(SentToSignIn(replayed), $"The other browser's cookie answered {(int)replayed.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/compte")).Status);
    }

    [Fact]
    public async Task Signing_out_of_every_device_ends_every_session_and_the_account_page_lists_them()
    {
        var user = await CreateConfirmedAccountAsync(factory);
        var (laptop, laptopCookies) = Browser(factory, "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0");
        var (phone, _) = Browser(factory, "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36");
        await laptop.SignInAsync(user.Email!, Password);
        await phone.SignInAsync(user.Email!, Password);
        var laptopCookie = laptopCookies.GetCookieHeader(Site);

        var account = await phone.GetAsync("/compte");
        Assert.Contains("Firefox sur Windows", account.Html);
        Assert.Contains("Chrome sur Android", account.Html);
        Assert.Contains("(cet appareil)", account.Html);

        var everywhere = await phone.SubmitAsync("/compte", new Dictionary<string, string>(), handler: "ToutesSessions");
        Assert.True(everywhere.IsRedirect);

        Assert.True(SentToSignIn(await ReplayAsync(factory, laptopCookie)));
        Assert.True((await phone.GetAsync("/compte")).IsRedirect);
    }

    [Fact]
    public async Task A_tampered_session_cookie_is_refused()
    {
        var user = await CreateConfirmedAccountAsync(factory);
        var (browser, cookies) = Browser(factory);
        await browser.SignInAsync(user.Email!, Password);
        var session = cookies.GetCookies(Site)["ctg-session"]!.Value;
        var tampered = session[..^6] + (session[^6] == 'A' ? 'B' : 'A') + session[^5..];

        using var replayed = await ReplayAsync(factory, "ctg-session=" + tampered);

        Assert.True(SentToSignIn(replayed), $"A tampered cookie answered {(int)replayed.StatusCode}");
    }

    [Fact]
    public async Task An_administrator_locking_the_account_ends_its_sessions_and_sign_in()
    {
        var user = await CreateConfirmedAccountAsync(factory);
        var (browser, cookies) = Browser(factory);
        await browser.SignInAsync(user.Email!, Password);
        var cookie = cookies.GetCookieHeader(Site);
        using var admin = factory.CreatePortalClient();
        await admin.SignInAsync("admin@ctg-demo.test");

        var empty = await admin.SubmitAsync("/coordination/administration", new Dictionary<string, string>(), handler: "Verrouiller");
        Assert.Equal("Saisissez l'adresse électronique du compte.", empty.FieldError("LockEmail"));
        var locked = await admin.SubmitAsync("/coordination/administration", new Dictionary<string, string> { ["LockEmail"] = user.Email! }, handler: "Verrouiller");
        Assert.True(locked.IsRedirect, locked.ErrorText);

        Assert.True(SentToSignIn(await ReplayAsync(factory, cookie)));
        using var again = factory.CreatePortalClient();
        var refused = await again.SubmitAsync("/compte/connexion", Credentials(user.Email!, Password));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var journal = await JournalOfAsync(factory, user.Id);
        Assert.Contains(journal, e => e.Kind == SecurityEventKinds.AdministratorAction && e.ActorId != null && e.Detail!.StartsWith("compte verrouillé"));

        Assert.True((await admin.SubmitAsync("/coordination/administration", new Dictionary<string, string> { ["LockEmail"] = user.Email! }, handler: "Deverrouiller")).IsRedirect);
        await again.SignInAsync(user.Email!, Password);
    }
}
