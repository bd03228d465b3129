using Ctg.Participation.Data;
using Ctg.Participation.Demo;
using Ctg.Participation.Routing;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Conventions;

public sealed class DemoContributionsTests
{
    [Fact]
    public async Task Demo_contributions_are_added_once_with_consistent_counters()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var seeder = new DemoContributions(db, database.Clock);

            await seeder.SeedAsync();
            await seeder.SeedAsync();

            Assert.Equal(5, await db.Proposals.CountAsync());
            Assert.All(await db.Proposals.Select(p => new { p.SupportCount, Real = db.Supports.Count(s => s.ProposalId == p.Id) }).ToListAsync(), p => Assert.Equal(p.Real, p.SupportCount));
            var routing = await db.Routings.SingleAsync();
            Assert.Equal((ContributionKind.Initiative, RoutingStatus.Answered), (routing.ContributionKind, routing.Status));
            Assert.Equal(4, await db.WallCards.CountAsync());
            Assert.All(await db.Proposals.ToListAsync(), p => Assert.NotEmpty(p.SearchText));
        });
    }
}
