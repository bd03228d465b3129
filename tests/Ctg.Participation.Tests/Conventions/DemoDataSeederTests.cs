using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Conventions;

public sealed class DemoDataSeederTests
{
    [Fact]
    public async Task Seeding_twice_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        async Task<(int, int, int, int)> CountAsync() => await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            return (await db.Conventions.CountAsync(), await db.Municipalities.CountAsync(), await db.Users.CountAsync(), await db.NetworkMemberships.CountAsync());
        });
        var before = await CountAsync();

        await database.RunAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync());

        Assert.Equal(before, await CountAsync());
        Assert.Equal(3, before.Item1);
        Assert.Equal(DemoAccounts.All.Length, before.Item3);
    }

    [Fact]
    public async Task The_alpes_d_azur_demo_has_five_thematic_networks_and_real_insee_codes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (networks, puget) = await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            return (await db.ThematicNetworks.CountAsync(n => n.Convention!.Slug == "alpes-d-azur"),
                await db.Municipalities.SingleAsync(m => m.InseeCode == "06099"));
        });
        Assert.Equal(5, networks);
        Assert.Equal("Puget-Théniers", puget.Name);
    }
}
