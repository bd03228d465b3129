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
            var images = Path.Combine(Path.GetTempPath(), "ctg-demo-" + Guid.NewGuid().ToString("N"));
            var seeder = new DemoContributions(db, database.Clock,
                Microsoft.Extensions.Options.Options.Create(new Ctg.Participation.Proposals.ProposalOptions { ImageDirectory = images }));

            await seeder.SeedAsync();
            await seeder.SeedAsync();

            // The lived-in demo: 45 proposals over every status, a third illustrated with a picture drawn on the spot.
            Assert.Equal(45, await db.Proposals.CountAsync());
            Assert.Equal(Enum.GetValues<Ctg.Participation.Proposals.ProposalStatus>().Length, await db.Proposals.Select(p => p.Status).Distinct().CountAsync());
            var pictures = await db.Proposals.Where(p => p.ImageFile != null).Select(p => p.ImageFile!).ToListAsync();
            Assert.True(pictures.Count >= 10);
            Assert.All(pictures, f => Assert.NotNull(Ctg.Participation.Images.ImageStore.Sniff(File.ReadAllBytes(Path.Combine(images, f)))));
            Assert.True(await db.Set<Ctg.Participation.Proposals.ProposalMunicipality>().Select(m => m.MunicipalityId).Distinct().CountAsync() >= 10);
            Assert.Equal(2, await db.Walls.CountAsync());
            Assert.All(await db.Walls.Select(w => db.WallCards.Count(c => c.WallId == w.Id)).ToListAsync(), count => Assert.Equal(20, count));
            // Three open surveys of the lived-in demo, besides the launched barometers (surveys too).
            Assert.Equal(3, await db.Surveys.CountAsync(s => s.Status == Ctg.Participation.Surveys.SurveyStatus.Published
                && !db.Barometers.Any(b => b.SurveyId == s.Id)));
            Assert.Equal(30, await db.FamilyServices.CountAsync());
            Assert.True(await db.NewsPosts.CountAsync(n => n.ImageFile != null) >= 3);
            Assert.All(await db.Proposals.Select(p => new { p.SupportCount, Real = db.Supports.Count(s => s.ProposalId == p.Id) }).ToListAsync(), p => Assert.Equal(p.Real, p.SupportCount));
            var routing = await db.Routings.SingleAsync();
            Assert.Equal((ContributionKind.Initiative, RoutingStatus.Answered), (routing.ContributionKind, routing.Status));
            Assert.All(await db.Proposals.ToListAsync(), p => Assert.NotEmpty(p.SearchText));
        });
    }
}
