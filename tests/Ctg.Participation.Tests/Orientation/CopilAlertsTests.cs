using Ctg.Participation.Accounts;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Orientation;

public sealed class CopilAlertsTests
{
    [Fact]
    public async Task An_alert_is_closed_once_with_its_resolution_and_only_by_a_manager_of_its_ctg()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
            var coordinator = new Actor(await db.Users.Where(u => u.Email == "coordination.alpes-d-azur@ctg-demo.test").Select(u => u.Id).SingleAsync(), [PortalRoles.Coordinator]);
            var other = new Actor(await db.Users.Where(u => u.Email == "coordination.pays-de-grasse@ctg-demo.test").Select(u => u.Id).SingleAsync(), [PortalRoles.Coordinator]);
            var alerts = new CopilAlerts(db, new ConventionAccess(db), database.Clock);

            Assert.Null(await alerts.RaiseAsync(convention, coordinator, "Action en retard", "Le diagnostic partagé n'a pas démarré.", null));
            Assert.NotNull(await alerts.RaiseAsync(convention, other, "Action en retard", "Le diagnostic partagé n'a pas démarré.", null));
            Assert.Equal("Item", (await alerts.RaiseAsync(convention, coordinator, "Élément bloqué", "Aucune réponse du groupe.", new(ContributionKind.Proposal, 999_999)))?.Field);
            var id = (await alerts.ListAsync(convention)).Single().Id;

            Assert.NotNull(await alerts.CloseAsync(convention, id, other, "Le Copil relance le prestataire."));
            Assert.Null(await alerts.CloseAsync(convention, id, coordinator, "Le Copil relance le prestataire."));
            Assert.NotNull(await alerts.CloseAsync(convention, id, coordinator, "Encore une fois, pour voir."));

            var line = (await alerts.ListAsync(convention)).Single();
            Assert.Equal((database.Clock.GetUtcNow(), "Le Copil relance le prestataire."), (line.ClosedAt!.Value, line.Resolution!));
        });
    }
}
