using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Accounts;

public sealed class InactiveAccountSweeperTests
{
    private static async Task<string> AddUserAsync(TestDatabase database, string email, DateTimeOffset lastSeen) =>
        await database.RunAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, DisplayName = email, CreatedAt = lastSeen, LastSeenAt = lastSeen, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            return user.Id;
        });

    private static Task<InactiveAccountSweeper.Outcome> SweepAsync(TestDatabase database) =>
        database.RunAsync(sp => sp.GetRequiredService<InactiveAccountSweeper>().RunAsync());

    private static Task<bool> ExistsAsync(TestDatabase database, string id) =>
        database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Id == id));

    [Fact]
    public async Task An_account_unused_for_almost_two_years_is_warned_then_deleted_after_the_notice_period()
    {
        await using var database = await TestDatabase.CreateAsync(withDemoData: false);
        var now = database.Clock.GetUtcNow();
        var away = await AddUserAsync(database, "parti@exemple.fr", now.AddDays(-710));
        var recent = await AddUserAsync(database, "present@exemple.fr", now.AddDays(-30));

        var first = await SweepAsync(database);
        Assert.Equal(new InactiveAccountSweeper.Outcome(1, 0), first);
        var warning = Assert.Single(database.Mail.Sent);
        Assert.Equal("parti@exemple.fr", warning.To);
        Assert.Contains("Ancien participant", warning.TextBody);

        // Running again the same day warns nobody twice.
        Assert.Equal(new InactiveAccountSweeper.Outcome(0, 0), await SweepAsync(database));

        // Two years reached, but the notice period (30 days from the mail) has not run yet.
        database.Clock.Advance(TimeSpan.FromDays(25));
        Assert.Equal(new InactiveAccountSweeper.Outcome(0, 0), await SweepAsync(database));
        Assert.True(await ExistsAsync(database, away));

        database.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(new InactiveAccountSweeper.Outcome(0, 1), await SweepAsync(database));
        Assert.False(await ExistsAsync(database, away));
        Assert.True(await ExistsAsync(database, recent));
    }

    [Fact]
    public async Task Coming_back_after_the_warning_cancels_the_deletion()
    {
        await using var database = await TestDatabase.CreateAsync(withDemoData: false);
        var id = await AddUserAsync(database, "revenu@exemple.fr", database.Clock.GetUtcNow().AddDays(-720));
        await SweepAsync(database);

        database.Clock.Advance(TimeSpan.FromDays(10));
        await database.RunAsync(sp => sp.GetRequiredService<AccountActivity>().TouchAsync(id));
        database.Clock.Advance(TimeSpan.FromDays(40));

        Assert.Equal(new InactiveAccountSweeper.Outcome(0, 0), await SweepAsync(database));
        Assert.True(await ExistsAsync(database, id));
    }
}
