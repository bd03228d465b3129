using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Conventions;

public sealed class ConventionAccessTests
{
    private static async Task<(string Coordinator, int Own, int Other)> DemoAsync(TestDatabase database) =>
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var coordinator = await db.Users.Where(u => u.Email == "coordination.alpes-d-azur@ctg-demo.test").Select(u => u.Id).SingleAsync();
            var own = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
            var other = await db.Conventions.Where(c => c.Slug == "pays-de-grasse").Select(c => c.Id).SingleAsync();
            return (coordinator, own, other);
        });

    [Fact]
    public async Task A_coordinator_manages_only_their_own_convention()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (coordinator, own, other) = await DemoAsync(database);
        string[] roles = [PortalRoles.Coordinator];

        await database.RunAsync(async sp =>
        {
            var access = sp.GetRequiredService<ConventionAccess>();
            Assert.True(await access.CanManageAsync(coordinator, roles, own));
            Assert.False(await access.CanManageAsync(coordinator, roles, other));
            Assert.False(await access.CanReadAsync(coordinator, roles, other));
        });
    }

    [Fact]
    public async Task A_caf_advisor_reads_every_convention_and_manages_none()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, own, other) = await DemoAsync(database);
        string[] roles = [PortalRoles.CafAdvisor];

        await database.RunAsync(async sp =>
        {
            var access = sp.GetRequiredService<ConventionAccess>();
            Assert.True(await access.CanReadAsync("advisor", roles, own));
            Assert.True(await access.CanReadAsync("advisor", roles, other));
            Assert.False(await access.CanManageAsync("advisor", roles, own));
        });
    }

    [Fact]
    public async Task Removing_an_assignment_takes_effect_at_the_next_check()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (coordinator, own, _) = await DemoAsync(database);
        await database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().CoordinatorAssignments
            .Where(a => a.UserId == coordinator).ExecuteDeleteAsync());

        await database.RunAsync(async sp =>
            Assert.False(await sp.GetRequiredService<ConventionAccess>().CanManageAsync(coordinator, [PortalRoles.Coordinator], own)));
    }

    [Fact]
    public async Task Adding_a_member_to_a_network_of_another_convention_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, own, other) = await DemoAsync(database);
        var error = await database.RunAsync(async sp =>
        {
            var otherNetwork = await sp.GetRequiredService<PortalDbContext>().ThematicNetworks.Where(n => n.ConventionId == other).Select(n => n.Id).FirstAsync();
            return await sp.GetRequiredService<ConventionBackOffice>().AddMemberAsync(own, TeamKind.Network, otherNetwork, "habitant@ctg-demo.test");
        });
        Assert.Equal("Ce groupe réseau n'appartient pas à cette CTG.", error);
    }
}
