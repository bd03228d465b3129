using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Orientation;

public sealed class AwaitingReviewTests
{
    [Fact]
    public async Task The_desk_lists_the_ten_oldest_initiatives_to_validate_of_its_ctg_and_counts_them_all()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var ctgs = await db.Conventions.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
            var now = database.Clock.GetUtcNow();
            async Task AddAsync(int ctg, string name, int daysAgo, InitiativeStatus status)
            {
                db.CitizenInitiatives.Add(new CitizenInitiative
                {
                    ConventionId = ctg, Name = name, DescriptionHtml = "<p>Texte</p>", CarrierName = "Association",
                    AxisId = await db.Axes.Where(a => a.ConventionId == ctg).Select(a => a.Id).FirstAsync(),
                    Contact = "contact@example.org", Status = status, CreatedAt = now.AddDays(-daysAgo),
                    ReviewedAt = status == InitiativeStatus.AwaitingReview ? null : now,
                });
                await db.SaveChangesAsync();
            }
            for (var i = 1; i <= 12; i++) await AddAsync(ctgs[0], $"Initiative {i}", daysAgo: 100 - i, InitiativeStatus.AwaitingReview);
            await AddAsync(ctgs[0], "Déjà validée", 200, InitiativeStatus.Validated);
            await AddAsync(ctgs[1], "Autre CTG", 300, InitiativeStatus.AwaitingReview);

            var awaiting = await new InitiativeBrowser(db, new ConventionAccess(db)).AwaitingReviewAsync(ctgs[0]);

            Assert.Equal(12, awaiting.Total);
            Assert.Equal(Enumerable.Range(1, 10).Select(i => $"Initiative {i}"), awaiting.Oldest.Select(i => i.Name));
        });
    }
}
