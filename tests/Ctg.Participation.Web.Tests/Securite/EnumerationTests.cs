using System.Diagnostics;
using System.Net;
using Ctg.Participation.Accounts;
using Ctg.Participation.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Ctg.Participation.Web.Tests.Securite.AccountsTestSupport;

namespace Ctg.Participation.Web.Tests.Securite;

/// <summary>Nothing the portal answers tells whether an address has an account.</summary>
public sealed class EnumerationTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Registration(string email) => new()
    {
        ["Input.Email"] = email, ["Input.DisplayName"] = "Lou T.", ["Input.MunicipalityInseeCode"] = "",
        ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
    };

    [Fact]
    public async Task Registering_a_known_address_shows_the_page_a_new_registration_shows_and_mails_the_owner()
    {
        var known = await CreateConfirmedAccountAsync(factory);
        var unknown = $"inconnu.{Guid.NewGuid():N}@exemple.test";
        using var first = factory.CreatePortalClient();
        using var second = factory.CreatePortalClient();

        var forNew = await first.SubmitAsync("/compte/inscription", Registration(unknown));
        var forKnown = await second.SubmitAsync("/compte/inscription", Registration(known.Email!));

        Assert.Equal(forNew.Status, forKnown.Status);
        Assert.Equal(forNew.Location, forKnown.Location);
        var pageNew = (await first.FollowAsync(forNew)).Html;
        var pageKnown = (await second.FollowAsync(forKnown)).Html;
        Assert.Equal(Comparable(pageNew, unknown), Comparable(pageKnown, known.Email!));

        var mail = await factory.Mailbox.LatestToAsync(known.Email!);
        Assert.Contains("Quelqu'un a tenté de créer un compte avec votre adresse", mail.TextBody);
        Assert.Single(factory.Mailbox.MessagesTo(known.Email!));
    }

    /// <summary>The page without what legitimately differs: the address typed, and the antiforgery token.</summary>
    private static string Comparable(string html, string email) =>
        System.Text.RegularExpressions.Regex.Replace(html.Replace(email, "ADRESSE"), "value=\"CfDJ8[^\"]+\"", "value=\"JETON\"");

    [Fact]
    public async Task The_lockout_message_is_the_same_for_known_and_unknown_addresses()
    {
        var known = await CreateConfirmedAccountAsync(factory);
        var unknown = $"personne.{Guid.NewGuid():N}@exemple.test";
        using var client = factory.CreatePortalClient();
        PortalClient.Page? lastKnown = null, lastUnknown = null;
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            lastKnown = await client.SubmitAsync("/compte/connexion", Credentials(known.Email!, "mauvais mot de passe " + attempt));
            lastUnknown = await client.SubmitAsync("/compte/connexion", Credentials(unknown, "mauvais mot de passe " + attempt));
        }

        Assert.Equal(HttpStatusCode.OK, lastKnown!.Status);
        Assert.Equal(lastKnown.ErrorText, lastUnknown!.ErrorText);
        Assert.Contains("verrouillé", lastKnown.FieldError("Input.Password"));
        // The lockout itself still applies to the real account.
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(known.Email!))!));
    }

    [Fact]
    public async Task Sign_in_with_an_unknown_address_takes_as_long_as_a_wrong_password()
    {
        var known = await CreateConfirmedAccountAsync(factory);
        using var client = factory.CreatePortalClient();
        var form = await client.GetAsync("/compte/connexion");
        async Task<double> TimeAsync(string email)
        {
            var watch = Stopwatch.StartNew();
            var page = await client.PostAsync("/compte/connexion", Credentials(email, "pas le bon mot de passe"), form.AntiforgeryToken);
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, page.Status);
            return watch.Elapsed.TotalMilliseconds;
        }
        async Task ResetLockoutAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(known.Email!))!;
            await users.ResetAccessFailedCountAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
        }

        await TimeAsync("echauffement@exemple.test");
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            await ResetLockoutAsync();
            knownTimes.Add(await TimeAsync(known.Email!));
            unknownTimes.Add(await TimeAsync($"absent.{i}@exemple.test"));
        }

        var difference = Math.Abs(Median(knownTimes) - Median(unknownTimes));
        output.WriteLine($"median known {Median(knownTimes):F1} ms, unknown {Median(unknownTimes):F1} ms, difference {difference:F1} ms");
        Assert.True(difference < 50, $"Median sign-in time differs by {difference:F0} ms (known {Median(knownTimes):F0}, unknown {Median(unknownTimes):F0})");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [Fact]
    public async Task An_empty_registration_is_answered_with_french_field_errors()
    {
        using var client = factory.CreatePortalClient();
        // What a browser sends for the form left empty: every field, with nothing in it.
        var page = await client.SubmitAsync("/compte/inscription", new Dictionary<string, string>
        {
            ["Input.Email"] = "", ["Input.DisplayName"] = "", ["Input.MunicipalityInseeCode"] = "", ["Input.Password"] = "", ["Input.ConfirmPassword"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Saisissez votre adresse électronique.", page.FieldError("Input.Email"));
        Assert.Equal("Saisissez un nom d'affichage.", page.FieldError("Input.DisplayName"));
        Assert.Equal("Choisissez un mot de passe.", page.FieldError("Input.Password"));
    }
}
