using System.Net;
using Ctg.Participation.Testing;
using static Ctg.Participation.Web.Tests.Securite.AccountsTestSupport;

namespace Ctg.Participation.Web.Tests.Securite;

public sealed class AccountRateLimitedPortal : PortalFactory
{
    public AccountRateLimitedPortal() => Settings["RateLimits:AccountAttemptsPerMinute"] = "20";
}

/// <summary>The sign-in budget per address, measured: 20 attempts a minute, the 21st gets the French 429 page.</summary>
public sealed class SignInRateLimitTests(AccountRateLimitedPortal factory) : IClassFixture<AccountRateLimitedPortal>
{
    [Fact]
    public async Task The_21st_sign_in_attempt_in_a_minute_gets_the_french_429_page()
    {
        using var client = factory.CreatePortalClient();
        var form = await client.GetAsync("/compte/connexion");
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var page = await client.PostAsync("/compte/connexion", Credentials("personne@exemple.test", "essai " + attempt), form.AntiforgeryToken);
            Assert.True(page.Status == HttpStatusCode.OK, $"Attempt {attempt} answered {(int)page.Status}");
        }

        var refused = await client.PostAsync("/compte/connexion", Credentials("personne@exemple.test", "essai 21"), form.AntiforgeryToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("<h1>Trop de demandes</h1>", refused.Html);
        Assert.Contains("Patientez une minute", refused.Html);
        Assert.Contains("<main", refused.Html);
    }
}
