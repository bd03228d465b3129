using System.Net;
using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Security;
using Ctg.Participation.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Security;

public sealed class NetworkPrefixTests
{
    [Theory]
    [InlineData("203.0.113.47", "203.0.113.0/24")]
    [InlineData("::ffff:198.51.100.9", "198.51.100.0/24")]
    [InlineData("2001:db8:abcd:12:34:56:78:9a", "2001:db8:abcd::/48")]
    public void Only_the_network_is_kept(string address, string expected) => Assert.Equal(expected, NetworkPrefix.Of(IPAddress.Parse(address)));

    [Fact]
    public void No_address_gives_no_prefix() => Assert.Null(NetworkPrefix.Of(null));
}

public sealed class DeviceLabelTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox sur Windows")]
    [InlineData("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36", "Chrome sur Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari sur iOS")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0", "Edge sur Windows")]
    [InlineData("", "Appareil inconnu")]
    [InlineData("curl/8.5", "Navigateur")]
    public void A_user_agent_reads_as_a_short_french_name(string userAgent, string expected) => Assert.Equal(expected, DeviceLabel.Of(userAgent));
}

public sealed class UserSessionsTests
{
    private static Task<string> AddUserAsync(TestDatabase database, string email) =>
        database.RunAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, DisplayName = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            return user.Id;
        });

    [Fact]
    public async Task A_revoked_session_is_refused_and_revoking_all_keeps_only_the_one_asked()
    {
        await using var database = await TestDatabase.CreateAsync(withDemoData: false);
        var userId = await AddUserAsync(database, "sessions@exemple.fr");
        var other = await AddUserAsync(database, "autre@exemple.fr");
        var (first, second, third) = await database.RunAsync(async sp =>
        {
            var sessions = sp.GetRequiredService<UserSessions>();
            return (await sessions.StartAsync(userId, "Firefox sur Linux", "203.0.113.0/24"),
                await sessions.StartAsync(userId, "Chrome sur Android", null),
                await sessions.StartAsync(userId, "Safari sur iOS", null));
        });

        await database.RunAsync(async sp =>
        {
            var sessions = sp.GetRequiredService<UserSessions>();
            Assert.True(await sessions.ValidateAsync(first, userId));
            Assert.False(await sessions.ValidateAsync(first, other)); // another account's cookie cannot borrow it
            Assert.Equal(1, await sessions.RevokeAsync(first));
            Assert.False(await sessions.ValidateAsync(first, userId));
            Assert.Equal(1, await sessions.RevokeAllAsync(userId, keep: second));
            Assert.True(await sessions.ValidateAsync(second, userId));
            Assert.False(await sessions.ValidateAsync(third, userId));
            Assert.Equal([second], (await sessions.ListActiveAsync(userId)).Select(s => s.Id).ToArray());
        });
    }

    [Fact]
    public async Task Deleting_an_account_deletes_its_sessions()
    {
        await using var database = await TestDatabase.CreateAsync(withDemoData: false);
        var userId = await AddUserAsync(database, "supprime@exemple.fr");
        var id = await database.RunAsync(sp => sp.GetRequiredService<UserSessions>().StartAsync(userId, "Firefox", null));
        await database.RunAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(userId))!)).Succeeded);
        });
        Assert.False(await database.RunAsync(sp => sp.GetRequiredService<UserSessions>().ValidateAsync(id, userId)));
    }
}

public sealed class SecurityJournalTests
{
    [Fact]
    public async Task A_line_keeps_the_network_only_and_a_bounded_one_line_detail_and_the_purge_keeps_one_year()
    {
        await using var database = await TestDatabase.CreateAsync(withDemoData: false);
        var journal = database.Services.GetRequiredService<ISecurityJournal>();
        await journal.RecordAsync(SecurityEventKinds.SignInFailed, "u1", IPAddress.Parse("203.0.113.47"), "ligne\r\navec retour" + new string('x', 500));

        var line = await database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().SecurityEvents.SingleAsync());
        Assert.Equal("203.0.113.0/24", line.NetworkPrefix);
        Assert.DoesNotContain("203.0.113.47", line.NetworkPrefix);
        Assert.DoesNotContain('\n', line.Detail!);
        Assert.Equal(SecurityJournal.DetailLength, line.Detail!.Length);

        database.Clock.Advance(TimeSpan.FromDays(366));
        await journal.RecordAsync(SecurityEventKinds.SignInSucceeded, "u1", null);
        Assert.Equal(1, await database.RunAsync(sp => sp.GetRequiredService<SecurityJournalPurge>().RunAsync()));
        Assert.Equal([SecurityEventKinds.SignInSucceeded],
            await database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().SecurityEvents.Select(e => e.Kind).ToArrayAsync()));
    }
}
